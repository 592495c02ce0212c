import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import { createExportersWorkflow } from "../../../workflows/exporter/create-exporters"
import type { AdminCreateExporter } from "./validators"

/** Every exporter with its people (for the operators' Exporters page). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const exporters = await service.listExporters({}, { relations: ["admins"], order: { name: "ASC" }, take: 500 })
  res.json({
    exporters: exporters.map((e) => ({
      id: e.id,
      handle: e.handle,
      name: e.name,
      region: e.region,
      city: e.city,
      contact_email: e.contact_email,
      verified: e.verified,
      suspended: e.suspended,
      suspended_at: e.suspended_at,
      suspension_reason: e.suspension_reason,
      commission_rate: e.commission_bps / 100,
      people: (e.admins ?? []).length,
    })),
  })
}

/** A new exporter (its people are then invited). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateExporter>, res: MedusaResponse) {
  const { result } = await createExportersWorkflow(req.scope).run({ input: { exporters: [req.validatedBody] } })
  res.status(201).json({ exporter: result[0] })
}
