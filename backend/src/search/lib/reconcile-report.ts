/**
 * What `npm run reconcile` reports (`--json` prints it; scripts/reconcile.ts returns it). Types only, so that the
 * scripts outside the backend can name them.
 */

/** One kind of drift: how many documents, and the first of their ids (sorted). */
export type Drift = { count: number; ids: string[] }

export type IndexCheck = {
  /** The Search Module's index and the engine's index that serves it now. */
  index: string
  physical_index: string
  checked: { products: number; documents: number }
  /** Products the database holds that the index has no document for. */
  missing: Drift
  /** Documents of products the database no longer holds. */
  orphaned: Drift
  /** Documents that differ from what indexing their product now writes; `fields`: how many documents differ in each field. */
  stale: Drift & { fields: Record<string, number> }
  in_sync: boolean
  duration_ms: number
}

/** A check, and with `--repair` what was written and the check that followed. */
export type ReconcileResult = IndexCheck & {
  repair?: { documents: number; duration_ms: number; after: IndexCheck }
}
