import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import type { PartnerLocale } from "../../modules/partner-access/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { updateConsulateStaffStep } from "./steps/update-consulate-staff"

export const updateConsulateStaffWorkflowId = "update-consulate-staff"

/** A staff member changes their own name or language (POST /consulate/me). */
export const updateConsulateStaffWorkflow = createWorkflow(
  updateConsulateStaffWorkflowId,
  (input: { id: string; first_name?: string; last_name?: string; locale?: PartnerLocale; actor: AuditActor }) => {
    const update = transform({ input }, ({ input }) => {
      const { actor: _actor, ...fields } = input
      return fields
    })
    const staff = updateConsulateStaffStep(update)
    const audit = transform({ input }, ({ input }) => {
      const { actor, id, ...changes } = input
      return [
        { actor, action: "consulate.staff_updated", resource_type: "consulate_staff", resource_id: id, scope_id: CONSULATE_SCOPE, changes },
      ]
    })
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(staff)
  },
)
