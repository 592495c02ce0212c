import type { MedusaResponse } from "@medusajs/framework/http"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import type ExporterModuleService from "../../../modules/exporter/service"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import type PartnerAccessModuleService from "../../../modules/partner-access/service"
import type { PartnerRequest } from "../../partner-actor"

/** The exporter's people and its invitations still open. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const exporterId = req.partner.organisation.id
  const exporters: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const invitations: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
  const [people, open] = await Promise.all([
    exporters.listExporterAdmins({ exporter_id: exporterId }, { order: { created_at: "ASC" } }),
    invitations.listPartnerInvitations(
      { actor_type: "exporter", scope_id: exporterId, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
      { order: { created_at: "DESC" } },
    ),
  ])
  res.json({
    colleagues: people.map((p) => ({ id: p.id, email: p.email, first_name: p.first_name, last_name: p.last_name, role: p.role })),
    invitations: open.map((i) => ({ id: i.id, email: i.email, role: i.role, expires_at: i.expires_at })),
  })
}
