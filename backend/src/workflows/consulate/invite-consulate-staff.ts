import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { renderPartnerInvitation } from "../../emails/partner-invitation"
import { CONSULATE_NAME, CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { INVITATION_TTL_DAYS, type PartnerLocale } from "../../modules/partner-access/constants"
import { portalUrl } from "../../utils/portal-links"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { createPartnerInvitationStep } from "../partner-access/steps/create-partner-invitation"
import { validateConsulateInvitationStep } from "./steps/validate-consulate-invitation"

export interface InviteConsulateStaffInput {
  email: string
  locale: PartnerLocale
  actor: AuditActor
}

export const inviteConsulateStaffWorkflowId = "invite-consulate-staff"

/**
 * An operator invites a member of the consulate's staff (there is no other
 * way in): the shared partner invitation, e-mailed in the language chosen,
 * whose link opens the portal's acceptance page for the consulate actor.
 */
export const inviteConsulateStaffWorkflow = createWorkflow(inviteConsulateStaffWorkflowId, (input: InviteConsulateStaffInput) => {
  validateConsulateInvitationStep({ email: input.email })
  const invitation = transform({ input }, ({ input }) => ({
    actor_type: "consulate",
    scope_id: null,
    email: input.email,
    role: "member" as const,
    locale: input.locale,
    invited_by: `${input.actor.type}:${input.actor.id}`,
  }))
  const issued = createPartnerInvitationStep(invitation)
  const mail = transform({ input, issued }, ({ input, issued }) => [
    {
      to: input.email,
      channel: "email",
      template: "partner-invitation",
      trigger_type: "consulate.staff_invited",
      resource_id: issued.invitation.id,
      resource_type: "partner_invitation",
      content: renderPartnerInvitation({
        locale: input.locale,
        organisation: CONSULATE_NAME[input.locale],
        url: portalUrl("accept-invitation", { token: issued.token, actor: "consulate" }),
        days: INVITATION_TTL_DAYS,
        purpose: "campaigns",
      }),
    },
  ])
  const audit = transform({ input, issued }, ({ input, issued }) => [
    {
      actor: input.actor,
      action: "consulate.staff_invited",
      resource_type: "partner_invitation",
      resource_id: issued.invitation.id,
      scope_id: CONSULATE_SCOPE,
      changes: { email: input.email, locale: input.locale },
    },
  ])
  recordAuditEntriesStep(audit)
  sendNotificationsStep(mail)
  return new WorkflowResponse(transform({ issued }, ({ issued }) => issued.invitation))
})
