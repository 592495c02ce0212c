import type { UpdateCampaignDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consulateMessage } from "../../../modules/consulate/messages"

export interface CampaignChange {
  name?: string
  description?: string | null
  starts_at?: Date
  ends_at?: Date
  budget_limit?: number
}

export interface CampaignBefore {
  id: string
  name: string
  description: string | null
  starts_at: Date | string | null
  ends_at: Date | string | null
  budget: { limit: number | null; used: number } | null
}

export const validateConsulateCampaignUpdateStepId = "validate-consulate-campaign-update"

/**
 * Judges a change against the campaign as it is: the window stays a window,
 * and a budget is never set below what was already spent. Returns Medusa's
 * update and the audit's before/after of each changed field.
 */
export const validateConsulateCampaignUpdateStep = createStep(
  validateConsulateCampaignUpdateStepId,
  async (input: { before: CampaignBefore; change: CampaignChange; locale: string }) => {
    const { before, change, locale } = input
    const starts = change.starts_at ?? before.starts_at
    const ends = change.ends_at ?? before.ends_at
    if (starts && ends && new Date(ends) <= new Date(starts))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, consulateMessage(locale, "window"))
    if (change.budget_limit != null) {
      if (!before.budget) throw new MedusaError(MedusaError.Types.INVALID_DATA, "budget_limit: this campaign has no budget.")
      if (change.budget_limit < before.budget.used) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, consulateMessage(locale, "budget_below_used", { used: before.budget.used }))
      }
    }
    const update: UpdateCampaignDTO = {
      id: before.id,
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.description !== undefined ? { description: change.description } : {}),
      ...(change.starts_at ? { starts_at: change.starts_at } : {}),
      ...(change.ends_at ? { ends_at: change.ends_at } : {}),
      ...(change.budget_limit != null ? { budget: { limit: change.budget_limit } } : {}),
    }
    const changes: Record<string, { before: unknown; after: unknown }> = {}
    for (const [field, after] of Object.entries(change)) {
      const was = field === "budget_limit" ? before.budget?.limit : before[field as keyof CampaignBefore]
      if (after !== undefined && String(was) !== String(after)) changes[field] = { before: was ?? null, after }
    }
    return new StepResponse({ update, changes })
  },
)
