/**
 * Writes that could not reach Meilisearch. The product changes themselves are
 * safe in PostgreSQL; what is missing is their copy in the index, so the first
 * moment Meilisearch answers again the search-catch-up job rebuilds the index
 * from the database (behind the current version, which keeps answering).
 */
let lastMissedAt: Date | null = null

export const searchWrites = {
  missed() {
    lastMissedAt = new Date()
  },
  pending: () => lastMissedAt !== null,
  /** Clears the mark unless a write was missed after the catch-up started. */
  caughtUp(startedAt: Date) {
    if (lastMissedAt && lastMissedAt <= startedAt) lastMissedAt = null
  },
}
