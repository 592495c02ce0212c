import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SEARCH_CATCH_UP_MODULE } from "../modules/search-catch-up"
import type SearchCatchUpModuleService from "../modules/search-catch-up/service"

/**
 * When index writes were missed because Meilisearch was unreachable — by this
 * process or any other on the same database — rebuild the index from
 * PostgreSQL as soon as it answers again. The rebuild goes into a new index
 * version (Medusa's swap), so search keeps serving meanwhile.
 */
export default async function searchCatchUp(container: MedusaContainer) {
  const catchUp: SearchCatchUpModuleService = container.resolve(SEARCH_CATCH_UP_MODULE)
  const missedWrites = await catchUp.pendingCatchUp("meilisearch")
  if (missedWrites === null) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule = container.resolve(Modules.SEARCH) as { reindex(input: { index: string }): Promise<unknown> }
  try {
    await searchModule.reindex({ index: "product" })
    // Writes missed while the rebuild ran keep the catch-up due.
    await catchUp.markCaughtUp("meilisearch", missedWrites)
    logger.info("[search] Meilisearch is back: the product index caught up with the database")
  } catch (e) {
    logger.warn(`[search] Catch-up postponed: ${(e as Error).message}`)
  }
}

export const config = {
  name: "search-catch-up",
  schedule: { interval: 2000 },
}
