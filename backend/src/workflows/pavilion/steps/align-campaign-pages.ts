import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import type PavilionModuleService from "../../../modules/pavilion/service"

type Window = { id: string; starts_at: Date; ends_at: Date; boundary_checked_at: Date | null }

/**
 * A campaign's window changed from the console (ended now, or moved): the pages carrying it take the same window, so
 * the shop's banner leaves (or arrives) with the discount. The opposite of sync-campaign-window, which gives a page's
 * window to its campaign. Undone by giving the pages their old windows back.
 */
export const alignCampaignPagesStep = createStep(
  "align-campaign-pages",
  async (input: { campaign_id: string; starts_at: Date; ends_at: Date }, { container }) => {
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    const pages = (await service.listCampaignPages(
      { campaign_id: input.campaign_id },
      { select: ["id", "starts_at", "ends_at", "boundary_checked_at"] },
    )) as Window[]
    if (!pages.length) return new StepResponse([] as string[], [] as Window[])
    // A moved window is a new boundary for the scheduler to revalidate at.
    await service.updateCampaignPages(
      pages.map((p) => ({ id: p.id, starts_at: input.starts_at, ends_at: input.ends_at, boundary_checked_at: null })),
    )
    return new StepResponse(
      pages.map((p) => p.id),
      pages.map(({ id, starts_at, ends_at, boundary_checked_at }) => ({ id, starts_at, ends_at, boundary_checked_at })),
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
    await service.updateCampaignPages(before)
  },
)
