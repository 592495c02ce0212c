import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSULATE_MODULE } from "../../../../modules/consulate"
import type ConsulateModuleService from "../../../../modules/consulate/service"
import { PARTNER_ACCESS_MODULE } from "../../../../modules/partner-access"
import type PartnerAccessModuleService from "../../../../modules/partner-access/service"

/** The consulate's staff and the invitations still open, for operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const consulate: ConsulateModuleService = req.scope.resolve(CONSULATE_MODULE)
  const invitations: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
  const [staff, open] = await Promise.all([
    consulate.listConsulateStaffs({}, { order: { created_at: "ASC" } }),
    invitations.listPartnerInvitations({ actor_type: "consulate", accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } }),
  ])
  res.json({
    staff: staff.map((s) => ({
      id: s.id,
      email: s.email,
      first_name: s.first_name,
      last_name: s.last_name,
      locale: s.locale,
      suspended: s.suspended,
      suspension_reason: s.suspension_reason,
      created_at: s.created_at,
    })),
    invitations: open.map((i) => ({ id: i.id, email: i.email, locale: i.locale, expires_at: i.expires_at })),
  })
}
