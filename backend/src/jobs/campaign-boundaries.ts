import type { MedusaContainer } from "@medusajs/framework/types"
import { CACHE_TAGS } from "@bozor/shared"
import { PAVILION_MODULE } from "../modules/pavilion"
import type PavilionModuleService from "../modules/pavilion/service"
import { revalidateStorefront } from "../utils/storefront-revalidation"

/**
 * A campaign page's start or end changes what the shop shows though nothing
 * was edited: the cached home page, campaign and product pages would keep the
 * old state until their caches expired. Every minute this finds the published
 * pages and events whose start or end passed since they were last checked and
 * expires the storefront's campaign and event reads at once, so the next
 * visitor (not the one after) gets the new state. A page is marked checked only
 * once the storefront confirmed; a storefront that was down is told next minute.
 */
const DAY = 24 * 60 * 60 * 1000

export default async function revalidateCampaignBoundaries(container: MedusaContainer) {
  const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
  const now = new Date()
  // Rows whose end was checked days ago are done; unchecked ones are looked at however old they are.
  const recent = { $or: [{ boundary_checked_at: null }, { ends_at: { $gte: new Date(now.getTime() - 2 * DAY) } }] }
  const [pages, events] = await Promise.all([
    service.listCampaignPages(
      { status: "published", ...recent },
      { select: ["id", "starts_at", "ends_at", "boundary_checked_at"], take: null },
    ),
    service.listPavilionEvents(
      { status: "published", ...recent },
      { select: ["id", "starts_at", "ends_at", "boundary_checked_at"], take: null },
    ),
  ])
  const due = <T extends { starts_at: Date; ends_at: Date; boundary_checked_at: Date | null }>(rows: T[]) =>
    rows.filter((r) =>
      [r.starts_at, r.ends_at].some(
        (at) => new Date(at) <= now && (!r.boundary_checked_at || new Date(at) > new Date(r.boundary_checked_at)),
      ),
    )
  const duePages = due(pages)
  const dueEvents = due(events)
  if (!duePages.length && !dueEvents.length) return
  // A campaign's end also takes its discount off product prices the product pages show.
  const tags = [...(duePages.length ? [CACHE_TAGS.campaigns, CACHE_TAGS.promotions] : []), ...(dueEvents.length ? [CACHE_TAGS.events] : [])]
  const told = await revalidateStorefront(container, tags, { immediate: true, reason: "a campaign or event boundary" })
  if (!told) return
  if (duePages.length) await service.updateCampaignPages(duePages.map((p) => ({ id: p.id, boundary_checked_at: now })))
  if (dueEvents.length) await service.updatePavilionEvents(dueEvents.map((e) => ({ id: e.id, boundary_checked_at: now })))
}

export const config = { name: "campaign-boundaries", schedule: "* * * * *" }
