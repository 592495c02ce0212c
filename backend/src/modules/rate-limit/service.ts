import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import RateLimitWindow from "./models/rate-limit-window"

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number
  windowSeconds: number
}

interface RateLimitResult {
  allowed: boolean
  hits: number
  /** Seconds until the window ends and attempts are allowed again. */
  retryAfterSeconds: number
}

/**
 * Fixed-window attempt counters in PostgreSQL, so every server process shares
 * them (a counter in one process's memory would give an attacker a fresh
 * allowance per instance and per restart). One upsert per attempt.
 */
class RateLimitModuleService extends MedusaService({ RateLimitWindow }) {
  @InjectManager()
  async hit(key: string, rule: RateLimit, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<RateLimitResult> {
    const now = Date.now() / 1000
    const start = Math.floor(now / rule.windowSeconds) * rule.windowSeconds
    const [row] = await sharedContext.manager!.execute(
      `insert into rate_limit_window (id, key, window_start, hits, created_at, updated_at)
       values (?, ?, to_timestamp(?), 1, now(), now())
       on conflict (id) do update set hits = rate_limit_window.hits + 1, updated_at = now()
       returning hits`,
      [`${key}@${start}`, key, start],
    )
    const hits = Number(row.hits)
    return { allowed: hits <= rule.limit, hits, retryAfterSeconds: Math.ceil(start + rule.windowSeconds - now) }
  }

  /** Forgets windows that ended more than a day ago. */
  @InjectManager()
  async purgeExpired(@MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.manager!.execute("delete from rate_limit_window where window_start < now() - interval '1 day'")
  }
}

export default RateLimitModuleService
