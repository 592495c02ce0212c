import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import type { PartnerLocale } from "../../../modules/partner-access/constants"

export interface UpdateExporterAdminInput {
  id: string
  first_name?: string | null
  last_name?: string | null
  locale?: PartnerLocale
}

export const updateExporterAdminStepId = "update-exporter-admin"

/** A person's own name and language (the role is the owner's to give, at invitation). */
export const updateExporterAdminStep = createStep(
  updateExporterAdminStepId,
  async (input: UpdateExporterAdminInput, { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const before = await service.retrieveExporterAdmin(input.id)
    const updated = await service.updateExporterAdmins(input)
    return new StepResponse(updated, { id: before.id, first_name: before.first_name, last_name: before.last_name, locale: before.locale })
  },
  async (before, { container }) => {
    if (!before) return
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    await service.updateExporterAdmins(before)
  },
)
