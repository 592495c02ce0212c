import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { searchWrites } from "../modules/meilisearch/health"

/**
 * When index writes were missed because Meilisearch was unreachable, rebuild
 * the index from PostgreSQL as soon as it answers again. The rebuild goes into
 * a new index version (Medusa's swap), so search keeps serving meanwhile.
 */
export default async function searchCatchUp(container: MedusaContainer) {
  if (!searchWrites.pending()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule = container.resolve(Modules.SEARCH) as { reindex(input: { index: string }): Promise<unknown> }
  const startedAt = new Date()
  try {
    await searchModule.reindex({ index: "product" })
    searchWrites.caughtUp(startedAt)
    logger.info("[search] Meilisearch is back: the product index caught up with the database")
  } catch (e) {
    logger.warn(`[search] Catch-up postponed: ${(e as Error).message}`)
  }
}

export const config = {
  name: "search-catch-up",
  schedule: { interval: 2000 },
}
