import type { MedusaContainer } from "@medusajs/framework/types"
import { SEED_LEDGER_MODULE } from "../../../backend/src/modules/seed-ledger"
import type SeedLedgerModuleService from "../../../backend/src/modules/seed-ledger/service"

const recordId = (kind: string, key: string) => `${kind}:${key}`

/**
 * What the seed has created, from the seed ledger module. Every step asks it what to create: a thing is created
 * only if the seed never created it before, so what staff deleted stays deleted; and what exists is never changed.
 */
export class SeedLedger {
  private readonly service: SeedLedgerModuleService

  constructor(container: MedusaContainer) {
    this.service = container.resolve(SEED_LEDGER_MODULE)
  }

  private async recorded(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set()
    const rows = await this.service.listSeedRecords({ id: ids }, { select: ["id"], take: null })
    return new Set(rows.map((r) => r.id))
  }

  /** Records things as created by the seed (`key` → the id of what was created); recording again changes nothing. */
  async record(kind: string, created: Record<string, string | null>) {
    const entries = Object.entries(created)
    const known = await this.recorded(entries.map(([key]) => recordId(kind, key)))
    const fresh = entries.filter(([key]) => !known.has(recordId(kind, key)))
    if (fresh.length) await this.service.createSeedRecords(fresh.map(([key, id]) => ({ id: recordId(kind, key), entity_id: id })))
  }

  /**
   * Of the things the seed names by `keys`, those to create now. What is there (`existing`: key → id) counts as
   * created and is recorded: a seed cut short made it before it could record it, or staff made it. What was
   * recorded but is gone was deleted by staff: it stays deleted.
   */
  async toCreate(kind: string, keys: string[], existing: Record<string, string>): Promise<string[]> {
    const known = await this.recorded(keys.map((k) => recordId(kind, k)))
    const adopted = keys.filter((k) => existing[k] && !known.has(recordId(kind, k)))
    if (adopted.length) await this.service.createSeedRecords(adopted.map((k) => ({ id: recordId(kind, k), entity_id: existing[k] })))
    return keys.filter((k) => !existing[k] && !known.has(recordId(kind, k)))
  }

  /** Whether the seed did this once (a one-off step such as `store:settings`). */
  async has(id: string): Promise<boolean> {
    return (await this.recorded([id])).has(id)
  }

  async mark(id: string, entityId: string | null = null) {
    const [kind, ...key] = id.split(":")
    await this.record(kind, { [key.join(":")]: entityId })
  }
}
