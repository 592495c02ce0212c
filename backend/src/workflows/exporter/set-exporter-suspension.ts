import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { updateExportersStep } from "./steps/update-exporters"

export const setExporterSuspensionWorkflowId = "set-exporter-suspension"

/**
 * Operators suspend an exporter (its people are refused on every portal route
 * at once, whatever tokens they hold) or lift the suspension. The exporter's
 * listings stay as they are: taking goods off the shop is a separate decision.
 */
export const setExporterSuspensionWorkflow = createWorkflow(
  setExporterSuspensionWorkflowId,
  (input: { exporter_id: string; suspended: boolean; reason?: string | null; actor: AuditActor }) => {
    const update = transform({ input }, ({ input }) => [
      {
        id: input.exporter_id,
        suspended: input.suspended,
        suspended_at: input.suspended ? new Date() : null,
        suspension_reason: input.suspended ? (input.reason ?? null) : null,
      },
    ])
    const exporters = updateExportersStep(update)
    const audit = transform({ input }, ({ input }) => [
      {
        actor: input.actor,
        action: input.suspended ? "exporter.suspended" : "exporter.unsuspended",
        resource_type: "exporter",
        resource_id: input.exporter_id,
        scope_id: input.exporter_id,
        changes: input.suspended ? { reason: input.reason ?? null } : null,
      },
    ])
    recordAuditEntriesStep(audit)
    emitEventStep({ eventName: "exporter.updated", data: transform({ input }, ({ input }) => [{ id: input.exporter_id }]) })
    return new WorkflowResponse(exporters)
  },
)
