import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../../modules/exporter"
import type ExporterModuleService from "../../../../modules/exporter/service"
import { updateExportersWorkflow } from "../../../../workflows/exporter/update-exporters"
import { PARTNER_ACCESS_MODULE } from "../../../../modules/partner-access"
import type PartnerAccessModuleService from "../../../../modules/partner-access/service"
import type { AdminUpdateExporter } from "../validators"

/** One exporter with its people and open invitations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const [exporter] = await service.listExporters({ id: req.params.id }, { relations: ["admins"] })
  if (!exporter) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exporter ${req.params.id} was not found.`)
  const invitations: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
  const open = await invitations.listPartnerInvitations(
    { actor_type: "exporter", scope_id: exporter.id, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
    { order: { created_at: "DESC" } },
  )
  const { admins, ...profile } = exporter
  res.json({
    exporter: {
      ...profile,
      people: (admins ?? []).map((a) => ({
        id: a.id,
        email: a.email,
        first_name: a.first_name,
        last_name: a.last_name,
        role: a.role,
        locale: a.locale,
      })),
      invitations: open.map((i) => ({ id: i.id, email: i.email, role: i.role, locale: i.locale, expires_at: i.expires_at })),
    },
  })
}

/** Operators edit an exporter's public profile, its verified flag and its commission rate (percent in, basis points stored). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateExporter>, res: MedusaResponse) {
  const service: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const [existing] = await service.listExporters({ id: req.params.id })
  if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exporter ${req.params.id} was not found.`)
  const { commission_rate, ...profile } = req.validatedBody
  const commission = commission_rate === undefined ? {} : { commission_bps: Math.round(commission_rate * 100) }
  const { result } = await updateExportersWorkflow(req.scope).run({
    input: { exporters: [{ id: req.params.id, ...profile, ...commission }] },
  })
  res.json({ exporter: result[0] })
}
