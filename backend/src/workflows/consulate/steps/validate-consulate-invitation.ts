import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"

export const validateConsulateInvitationStepId = "validate-consulate-invitation"

/** An address that already belongs to a staff member is not invited again. */
export const validateConsulateInvitationStep = createStep(
  validateConsulateInvitationStepId,
  async (input: { email: string }, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const [taken] = await service.listConsulateStaffs({ email: input.email })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "email already belongs to a member of the consulate's staff.")
    return new StepResponse(undefined)
  },
)
