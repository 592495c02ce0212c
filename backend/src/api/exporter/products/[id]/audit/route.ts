import type { MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_LOG_MODULE } from "../../../../../modules/audit-log"
import type AuditLogModuleService from "../../../../../modules/audit-log/service"
import { assertOwnProduct } from "../../../../../utils/exporter-scope"
import type { PartnerRequest } from "../../../../partner-actor"

/**
 * Who changed the listing, when and what: the exporter's people by e-mail,
 * Bozor's operators as "operator" (their own addresses stay internal).
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const audit: AuditLogModuleService = req.scope.resolve(AUDIT_LOG_MODULE)
  const entries = await audit.listAuditEntries({ resource_type: "product", resource_id: id }, { order: { created_at: "DESC" }, take: 200 })
  res.json({
    entries: entries.map((e) => ({
      at: e.created_at,
      actor: e.actor_type === "user" ? { type: "operator", email: null } : { type: e.actor_type, email: e.actor_email },
      action: e.action,
      changes: e.changes,
    })),
  })
}
