import type { AuditActor } from "../../workflows/audit/steps/record-audit-entries"
import type { PartnerRequest } from "../partner-actor"

/** The signed-in staff member as the audit log names them. */
export const consulateAuditActor = (req: PartnerRequest): AuditActor => ({
  type: "consulate",
  id: req.partner.person.id,
  email: req.partner.person.email,
})
