import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import type ConsulateModuleService from "../../../modules/consulate/service"
import type { PartnerLocale, PartnerRole } from "../../../modules/partner-access/constants"

export interface CreateConsulateStaffInput {
  email: string
  first_name: string | null
  last_name: string | null
  role: PartnerRole
  locale: PartnerLocale
}

export const createConsulateStaffStepId = "create-consulate-staff"

/** The actor record of a staff member who accepted an invitation. */
export const createConsulateStaffStep = createStep(
  createConsulateStaffStepId,
  async (input: CreateConsulateStaffInput, { container }) => {
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    const staff = await service.createConsulateStaffs(input)
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
    await service.deleteConsulateStaffs([id])
  },
)
