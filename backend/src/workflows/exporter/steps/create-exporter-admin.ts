import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import type { PartnerLocale, PartnerRole } from "../../../modules/partner-access/constants"

export interface CreateExporterAdminInput {
  exporter_id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: PartnerRole
  locale: PartnerLocale
}

export const createExporterAdminStepId = "create-exporter-admin"

/** The actor record of a person who accepted an invitation. */
export const createExporterAdminStep = createStep(
  createExporterAdminStepId,
  async (input: CreateExporterAdminInput, { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const admin = await service.createExporterAdmins(input)
    return new StepResponse(admin, admin.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    await service.deleteExporterAdmins([id])
  },
)
