import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import { consulateMessage } from "../../../modules/consulate/messages"
import type ConsulateModuleService from "../../../modules/consulate/service"

export interface SetNominationStatusInput {
  id: string
  status: "accepted" | "declined" | "withdrawn"
  decided_by: string
  decline_reason?: string | null
  locale: string
}

export const setNominationStatusStepId = "set-nomination-status"

/** Answers an open invitation once (accepted, declined, or withdrawn by staff); an answered one is a 400 naming its state. */
export const setNominationStatusStep = createStep(
  setNominationStatusStepId,
  async (input: SetNominationStatusInput, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const before = await service.retrieveCampaignNomination(input.id)
    if (before.status !== "invited") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, consulateMessage(input.locale, "nomination_answered", { status: before.status }))
    }
    const updated = await service.updateCampaignNominations({
      id: input.id,
      status: input.status,
      decided_by: input.decided_by,
      decided_at: new Date(),
      decline_reason: input.decline_reason ?? null,
    })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      decided_by: before.decided_by,
      decided_at: before.decided_at,
      decline_reason: before.decline_reason,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.updateCampaignNominations(before)
  },
)
