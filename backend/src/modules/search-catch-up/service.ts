import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import SearchCatchUp from "./models/search-catch-up"

/** The search engines whose missed writes are counted; Meilisearch is the only one the shop writes to. */
type SearchEngine = "meilisearch"

class SearchCatchUpModuleService extends MedusaService({ SearchCatchUp }) {
  /** Counts a write the engine did not take. One statement, so writes missed at once by several processes all count. */
  @InjectManager()
  async recordMissedWrite(engine: SearchEngine, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(
      `insert into search_catch_up (id, missed_writes) values (?, 1)
       on conflict (id) do update set missed_writes = search_catch_up.missed_writes + 1, updated_at = now()`,
      [engine],
    )
  }

  /** The count of missed writes when a catch-up is due (pass it to `markCaughtUp` after rebuilding), otherwise null. */
  @InjectManager()
  async pendingCatchUp(engine: SearchEngine, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number | null> {
    const [row] = await sharedContext.manager!.execute<{ missed_writes: number }[]>(
      "select missed_writes from search_catch_up where id = ? and missed_writes > caught_up_to and deleted_at is null",
      [engine],
    )
    return row ? Number(row.missed_writes) : null
  }

  /** How many missed writes no rebuild has caught up with yet: 0 when the index follows the database. */
  @InjectManager()
  async missedWritesPending(engine: SearchEngine, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const [row] = await sharedContext.manager!.execute<{ pending: number }[]>(
      "select greatest(missed_writes - caught_up_to, 0) as pending from search_catch_up where id = ? and deleted_at is null",
      [engine],
    )
    return row ? Number(row.pending) : 0
  }

  /** After a rebuild that started when `missedWrites` writes had been missed: writes missed since keep it due. */
  @InjectManager()
  async markCaughtUp(
    engine: SearchEngine,
    missedWrites: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<void> {
    await sharedContext.manager!.execute(
      "update search_catch_up set caught_up_to = greatest(caught_up_to, ?), updated_at = now() where id = ?",
      [missedWrites, engine],
    )
  }
}

export default SearchCatchUpModuleService
