import type { IPromotionModuleService, UpdateCampaignDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Window = { campaign_id?: string | null; starts_at: Date; ends_at: Date }

/**
 * Gives the Medusa campaign a page carries the page's window, so its
 * promotions apply exactly while the page is shown: the banner and the discount
 * start and end together. Undone by giving the campaign its old window back.
 */
export const syncCampaignWindowStep = createStep(
  "sync-campaign-window",
  async (page: Window, { container }) => {
    if (!page.campaign_id) return new StepResponse(null, null)
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    const [campaign] = await promotions.listCampaigns({ id: [page.campaign_id] }, { select: ["id", "starts_at", "ends_at"] })
    if (!campaign) throw new MedusaError(MedusaError.Types.INVALID_DATA, `campaign_id ${page.campaign_id} is not a campaign`)
    await promotions.updateCampaigns({ id: campaign.id, starts_at: page.starts_at, ends_at: page.ends_at })
    return new StepResponse(campaign.id, { id: campaign.id, starts_at: campaign.starts_at, ends_at: campaign.ends_at })
  },
  async (before, { container }) => {
    if (!before) return
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    await promotions.updateCampaigns(before as UpdateCampaignDTO)
  },
)
