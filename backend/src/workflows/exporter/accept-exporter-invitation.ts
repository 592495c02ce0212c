import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../audit/steps/record-audit-entries"
import { claimPartnerInvitationStep } from "../partner-access/steps/claim-partner-invitation"
import { registerPartnerIdentityStep } from "../partner-access/steps/register-partner-identity"
import { createExporterAdminStep } from "./steps/create-exporter-admin"

export interface AcceptExporterInvitationInput {
  token: string
  password: string
  first_name: string
  last_name: string
}

export const acceptExporterInvitationWorkflowId = "accept-exporter-invitation"

/**
 * Accepting an invitation, once: the person becomes one of the exporter's
 * people (the `exporter` actor record) with the role they were invited to,
 * and their e-mail signs in with the password they chose. Any failure rolls
 * all of it back and leaves the invitation usable.
 */
export const acceptExporterInvitationWorkflow = createWorkflow(
  acceptExporterInvitationWorkflowId,
  (input: AcceptExporterInvitationInput) => {
    const invitation = claimPartnerInvitationStep({ actor_type: "exporter", token: input.token })
    const adminInput = transform({ input, invitation }, ({ input, invitation }) => ({
      exporter_id: invitation.scope_id!,
      email: invitation.email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: invitation.role,
      locale: invitation.locale,
    }))
    const admin = createExporterAdminStep(adminInput)
    const identityInput = transform({ input, admin }, ({ input, admin }) => ({
      actor_type: "exporter",
      actor_id: admin.id,
      email: admin.email,
      password: input.password,
    }))
    registerPartnerIdentityStep(identityInput)
    const audit = transform({ admin, invitation }, ({ admin, invitation }) => [
      {
        actor: { type: "exporter", id: admin.id, email: admin.email },
        action: "exporter.person_joined",
        resource_type: "exporter_admin",
        resource_id: admin.id,
        scope_id: invitation.scope_id,
        changes: { role: admin.role, invitation_id: invitation.id },
      },
    ])
    recordAuditEntriesStep(audit)
    return new WorkflowResponse(admin)
  },
)
