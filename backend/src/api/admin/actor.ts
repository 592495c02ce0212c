import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { AuditActor } from "../../workflows/audit/steps/record-audit-entries"

/** The signed-in operator as the audit log names them. */
export async function operatorOf(req: AuthenticatedMedusaRequest): Promise<AuditActor> {
  const id = req.auth_context.actor_id
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id }, { select: ["id", "email"] })
  return { type: "user", id, email: user?.email ?? null }
}
