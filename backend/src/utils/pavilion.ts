import type { MedusaContainer } from "@medusajs/framework/types"
import { PAVILION_MODULE } from "../modules/pavilion"
import { PAVILION_PAGE_ID } from "../modules/pavilion/constants"
import type PavilionModuleService from "../modules/pavilion/service"

/** Published events that have not ended, soonest first: what the pavilion and home pages list. */
export async function upcomingEvents(container: MedusaContainer, now = new Date(), filters: Record<string, unknown> = {}) {
  const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
  const events = await service.listPavilionEvents(
    { status: "published", ends_at: { $gt: now }, ...filters },
    { order: { starts_at: "ASC" }, take: 50 },
  )
  return events.map(({ boundary_checked_at: _b, deleted_at: _d, ...event }) => event)
}

export async function pavilionPage(container: MedusaContainer) {
  const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
  const [page] = await service.listPavilionPages({ id: PAVILION_PAGE_ID })
  if (!page) return null
  const { deleted_at: _d, ...rest } = page
  return rest
}
