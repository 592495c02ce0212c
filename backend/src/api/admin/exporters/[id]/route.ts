import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../../modules/exporter"
import type ExporterModuleService from "../../../../modules/exporter/service"
import { updateExportersWorkflow } from "../../../../workflows/exporter/update-exporters"
import type { AdminUpdateExporter } from "../validators"

/** Consulate staff edit an exporter's public profile. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateExporter>, res: MedusaResponse) {
  const service: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const [existing] = await service.listExporters({ id: req.params.id })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exporter ${req.params.id} was not found.`)
  const { result } = await updateExportersWorkflow(req.scope).run({ input: { exporters: [{ id: req.params.id, ...req.validatedBody }] } })
  res.json({ exporter: result[0] })
}
