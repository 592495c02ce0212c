import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"

export const validateExporterInvitationStepId = "validate-exporter-invitation"

/** An invitation needs an exporter that exists and an address that is not already one of an exporter's people. */
export const validateExporterInvitationStep = createStep(
  validateExporterInvitationStepId,
  async (input: { exporter_id: string; email: string; already_member_message: string }, { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const [exporter] = await service.listExporters({ id: input.exporter_id })
    if (!exporter) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exporter with id: ${input.exporter_id} was not found`)
    const [taken] = await service.listExporterAdmins({ email: input.email })
    if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, input.already_member_message)
    return new StepResponse({ id: exporter.id, name: exporter.name })
  },
)
