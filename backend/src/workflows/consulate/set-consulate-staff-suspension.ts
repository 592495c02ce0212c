import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { updateConsulateStaffStep } from "./steps/update-consulate-staff"

export const setConsulateStaffSuspensionWorkflowId = "set-consulate-staff-suspension"

/** Operators suspend a staff member (refused on every /consulate route at once, whatever tokens they hold) or lift it. */
export const setConsulateStaffSuspensionWorkflow = createWorkflow(
  setConsulateStaffSuspensionWorkflowId,
  (input: { staff_id: string; suspended: boolean; reason?: string | null; actor: AuditActor }) => {
    const update = transform({ input }, ({ input }) => ({
      id: input.staff_id,
      suspended: input.suspended,
      suspended_at: input.suspended ? new Date() : null,
      suspension_reason: input.suspended ? (input.reason ?? null) : null,
    }))
    const staff = updateConsulateStaffStep(update)
    const audit = transform({ input }, ({ input }) => [
      {
        actor: input.actor,
        action: input.suspended ? "consulate.staff_suspended" : "consulate.staff_unsuspended",
        resource_type: "consulate_staff",
        resource_id: input.staff_id,
        scope_id: CONSULATE_SCOPE,
        changes: input.suspended ? { reason: input.reason ?? null } : null,
      },
    ])
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(staff)
  },
)
