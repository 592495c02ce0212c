import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep } from "../audit/steps/record-audit-entries"
import { claimPartnerInvitationStep } from "../partner-access/steps/claim-partner-invitation"
import { registerPartnerIdentityStep } from "../partner-access/steps/register-partner-identity"
import { createConsulateStaffStep } from "./steps/create-consulate-staff"

export interface AcceptConsulateInvitationInput {
  token: string
  password: string
  first_name: string
  last_name: string
}

export const acceptConsulateInvitationWorkflowId = "accept-consulate-invitation"

/**
 * Accepting a staff invitation, once: the person becomes a `consulate` actor
 * and their e-mail signs in with the password they chose (the shared partner
 * steps). Any failure rolls all of it back and leaves the invitation usable.
 */
export const acceptConsulateInvitationWorkflow = createWorkflow(
  acceptConsulateInvitationWorkflowId,
  (input: AcceptConsulateInvitationInput) => {
    const invitation = claimPartnerInvitationStep({ actor_type: "consulate", token: input.token })
    const staffInput = transform({ input, invitation }, ({ input, invitation }) => ({
      email: invitation.email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: invitation.role,
      locale: invitation.locale,
    }))
    const staff = createConsulateStaffStep(staffInput)
    const identity = transform({ input, staff }, ({ input, staff }) => ({
      actor_type: "consulate",
      actor_id: staff.id,
      email: staff.email,
      password: input.password,
    }))
    registerPartnerIdentityStep(identity)
    const audit = transform({ staff, invitation }, ({ staff, invitation }) => [
      {
        actor: { type: "consulate", id: staff.id, email: staff.email },
        action: "consulate.staff_joined",
        resource_type: "consulate_staff",
        resource_id: staff.id,
        scope_id: CONSULATE_SCOPE,
        changes: { invitation_id: invitation.id },
      },
    ])
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(staff)
  },
)
