import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"

export const removeExporterAdminStepId = "remove-exporter-admin"

/** Removes one of an exporter's people; a person of another exporter is a 404, as one that does not exist. */
export const removeExporterAdminStep = createStep(
  removeExporterAdminStepId,
  async (input: { exporter_id: string; admin_id: string }, { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const [admin] = await service.listExporterAdmins({ id: input.admin_id, exporter_id: input.exporter_id })
    if (!admin) throw personNotFound(input.admin_id)
    await service.softDeleteExporterAdmins([admin.id])
    return new StepResponse({ id: admin.id, email: admin.email, role: admin.role }, admin.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    await service.restoreExporterAdmins([id])
  },
)

const personNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Person with id: ${id} was not found`)
