import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_LOG_MODULE } from "../../../modules/audit-log"
import type AuditLogModuleService from "../../../modules/audit-log/service"
import type { AdminListAuditLog } from "../listing-reviews/validators"

/** The audit log for operators: every entry, newest first, by resource (a product) or by organisation (an exporter). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { resource_id, scope_id, limit, offset } = req.validatedQuery as AdminListAuditLog
  const audit: AuditLogModuleService = req.scope.resolve(AUDIT_LOG_MODULE)
  const [entries, count] = await audit.listAndCountAuditEntries(
    { ...(resource_id ? { resource_id } : {}), ...(scope_id ? { scope_id } : {}) },
    { order: { created_at: "DESC" }, skip: offset, take: limit },
  )
  res.json({
    entries: entries.map((e) => ({
      id: e.id,
      at: e.created_at,
      actor: { type: e.actor_type, id: e.actor_id, email: e.actor_email },
      action: e.action,
      resource: { type: e.resource_type, id: e.resource_id },
      scope_id: e.scope_id,
      changes: e.changes,
    })),
    count,
    limit,
    offset,
  })
}
