import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"

export const recordConsulateCampaignStepId = "record-consulate-campaign"

/** Marks a new campaign as the consulate's, so its staff (and only they) manage it from the console. */
export const recordConsulateCampaignStep = createStep(
  recordConsulateCampaignStepId,
  async (input: { campaign_id: string; created_by: string }, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const record = await service.createConsulateCampaigns(input)
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.deleteConsulateCampaigns([id])
  },
)
