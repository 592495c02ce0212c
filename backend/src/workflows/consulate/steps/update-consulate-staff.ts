import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"
import type { PartnerLocale } from "../../../modules/partner-access/constants"

export interface UpdateConsulateStaffInput {
  id: string
  first_name?: string | null
  last_name?: string | null
  locale?: PartnerLocale
  suspended?: boolean
  suspended_at?: Date | null
  suspension_reason?: string | null
}

export const updateConsulateStaffStepId = "update-consulate-staff"

/** Changes one staff member (their own profile, or an operator's suspension), restoring what was there on rollback. */
export const updateConsulateStaffStep = createStep(
  updateConsulateStaffStepId,
  async (input: UpdateConsulateStaffInput, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const before = await service.retrieveConsulateStaff(input.id)
    const updated = await service.updateConsulateStaffs(input)
    const restore = Object.fromEntries(Object.keys(input).map((k) => [k, before[k as keyof typeof before]]))
    return new StepResponse(updated, { ...restore, id: before.id } as UpdateConsulateStaffInput)
  },
  async (before, { container }) => {
    if (!before) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.updateConsulateStaffs(before)
  },
)
