import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import type { CreateExporterInput } from "../create-exporters"

export const createExportersStepId = "create-exporters"

export const createExportersStep = createStep(
  createExportersStepId,
  async (input: CreateExporterInput[], { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const exporters = await service.createExporters(input.map(({ admins: _admins, ...exporter }) => exporter))
    const admins = input.flatMap((data, i) => (data.admins ?? []).map((a) => ({ ...a, exporter_id: exporters[i].id })))
    if (admins.length) await service.createExporterAdmins(admins)
    return new StepResponse(
      exporters,
      exporters.map((e) => e.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    await service.deleteExporters(ids)
  },
)
