import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import type { UpdateExporterInput } from "../update-exporters"

export const updateExportersStepId = "update-exporters"

export const updateExportersStep = createStep(
  updateExportersStepId,
  async (input: UpdateExporterInput[], { container }) => {
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    const before = await service.listExporters({ id: input.map((e) => e.id) })
    const updated = await service.updateExporters(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: ExporterModuleService = container.resolve(EXPORTER_MODULE)
    await service.updateExporters(
      before.map(({ admins: _admins, created_at: _c, updated_at: _u, deleted_at: _d, ...exporter }: any) => exporter),
    )
  },
)
