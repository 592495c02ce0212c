import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { detachPartnerIdentityStep } from "../partner-access/steps/register-partner-identity"
import { removeExporterAdminStep } from "./steps/remove-exporter-admin"

export const removeExporterPersonWorkflowId = "remove-exporter-person"

/** The owner (or an operator) removes a person: their record goes, and their sign-in no longer names the exporter actor. */
export const removeExporterPersonWorkflow = createWorkflow(
  removeExporterPersonWorkflowId,
  (input: { exporter_id: string; admin_id: string; actor: AuditActor }) => {
    const removed = removeExporterAdminStep({ exporter_id: input.exporter_id, admin_id: input.admin_id })
    const detach = transform({ removed }, ({ removed }) => ({ actor_type: "exporter", actor_id: removed.id, email: removed.email }))
    detachPartnerIdentityStep(detach)
    const audit = transform({ input, removed }, ({ input, removed }) => [
      {
        actor: input.actor,
        action: "exporter.person_removed",
        resource_type: "exporter_admin",
        resource_id: removed.id,
        scope_id: input.exporter_id,
        changes: { email: removed.email, role: removed.role },
      },
    ])
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(removed)
  },
)
