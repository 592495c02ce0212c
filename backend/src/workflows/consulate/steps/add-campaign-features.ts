import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"

export interface AddCampaignFeaturesInput {
  campaign_id: string
  product_ids: string[]
  source: "staff" | "nomination"
  nomination_id?: string | null
}

export const addCampaignFeaturesStepId = "add-campaign-features"

/** Adds products to the end of a campaign's featured list; a product already there stays where it is. */
export const addCampaignFeaturesStep = createStep(
  addCampaignFeaturesStepId,
  async (input: AddCampaignFeaturesInput, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const present = await service.listCampaignFeaturedProducts(
      { campaign_id: input.campaign_id },
      { select: ["product_id", "position"], take: null },
    )
    const have = new Set(present.map((p) => p.product_id))
    let position = present.reduce((max, p) => Math.max(max, p.position), -1)
    const fresh = [...new Set(input.product_ids)].filter((id) => !have.has(id))
    if (!fresh.length) return new StepResponse([] as string[], [] as string[])
    const created = await service.createCampaignFeaturedProducts(
      fresh.map((product_id) => ({
        campaign_id: input.campaign_id,
        product_id,
        position: ++position,
        source: input.source,
        nomination_id: input.nomination_id ?? null,
      })),
    )
    return new StepResponse(
      fresh,
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.deleteCampaignFeaturedProducts(ids)
  },
)
