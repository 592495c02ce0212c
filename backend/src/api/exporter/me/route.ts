import type { MedusaResponse } from "@medusajs/framework/http"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import { updateExporterPersonWorkflow } from "../../../workflows/exporter/update-exporter-person"
import type { PartnerRequest } from "../../partner-actor"
import type { ExporterUpdateMe } from "../validators"

async function me(req: PartnerRequest) {
  const exporters: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const [admin, exporter] = await Promise.all([
    exporters.retrieveExporterAdmin(req.partner.person.id),
    exporters.retrieveExporter(req.partner.organisation.id),
  ])
  return {
    admin: {
      id: admin.id,
      email: admin.email,
      first_name: admin.first_name,
      last_name: admin.last_name,
      role: admin.role,
      locale: admin.locale,
    },
    exporter: { id: exporter.id, handle: exporter.handle, name: exporter.name, verified: exporter.verified, suspended: exporter.suspended },
  }
}

/** The signed-in person and their exporter. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json(await me(req))
}

/** The person's own name and portal language (which their e-mails follow). */
export async function POST(req: PartnerRequest<ExporterUpdateMe>, res: MedusaResponse) {
  await updateExporterPersonWorkflow(req.scope).run({ input: { id: req.partner.person.id, ...req.validatedBody } })
  res.json(await me(req))
}
