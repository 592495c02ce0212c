import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"

export const removeCampaignFeatureStepId = "remove-campaign-feature"

/** Takes a product off a campaign's featured list (soft-deleted, so a rollback restores it). */
export const removeCampaignFeatureStep = createStep(
  removeCampaignFeatureStepId,
  async (input: { campaign_id: string; product_id: string }, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const rows = await service.listCampaignFeaturedProducts(input, { select: ["id"] })
    if (!rows.length) return new StepResponse(false, [] as string[])
    await service.softDeleteCampaignFeaturedProducts(rows.map((r) => r.id))
    return new StepResponse(
      true,
      rows.map((r) => r.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.restoreCampaignFeaturedProducts(ids)
  },
)
