import type { CreateCampaignDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consulateMessage } from "../../../modules/consulate/messages"

export interface PrepareConsulateCampaignInput {
  name: string
  identifier: string
  description?: string
  starts_at: Date
  ends_at: Date
  budget?: { type: "spend" | "usage"; limit: number }
  locale: string
}

export const prepareConsulateCampaignStepId = "prepare-consulate-campaign"

/**
 * Judges a new campaign in the staff's language (the window, an identifier no
 * other campaign has) and shapes it for Medusa: a spend budget is in yuan.
 */
export const prepareConsulateCampaignStep = createStep(
  prepareConsulateCampaignStepId,
  async (input: PrepareConsulateCampaignInput, { container }) => {
    if (new Date(input.ends_at) <= new Date(input.starts_at))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, consulateMessage(input.locale, "window"))
    const [taken] = await container
      .resolve(Modules.PROMOTION)
      .listCampaigns({ campaign_identifier: [input.identifier] }, { select: ["id"] })
    if (taken)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        consulateMessage(input.locale, "identifier_taken", { identifier: input.identifier }),
      )
    const campaign: CreateCampaignDTO = {
      name: input.name,
      campaign_identifier: input.identifier,
      description: input.description,
      starts_at: input.starts_at,
      ends_at: input.ends_at,
      ...(input.budget
        ? {
            budget:
              input.budget.type === "spend"
                ? { type: "spend", limit: input.budget.limit, currency_code: "cny" }
                : { type: "usage", limit: input.budget.limit },
          }
        : {}),
    }
    return new StepResponse(campaign)
  },
)
