import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { renderPartnerInvitation } from "../../emails/partner-invitation"
import { INVITATION_TTL_DAYS, type PartnerLocale, type PartnerRole } from "../../modules/partner-access/constants"
import { portalUrl } from "../../utils/portal-links"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { createPartnerInvitationStep } from "../partner-access/steps/create-partner-invitation"
import { validateExporterInvitationStep } from "./steps/validate-exporter-invitation"

export interface InviteExporterPersonInput {
  exporter_id: string
  email: string
  role: PartnerRole
  locale: PartnerLocale
  actor: AuditActor
  /** The refusal when the address already belongs to an exporter's person, in the inviter's language. */
  already_member_message: string
}

export const inviteExporterPersonWorkflowId = "invite-exporter-person"

/**
 * Invites a person to act for an exporter (by an operator, or by the
 * exporter's owner): a single-use link, valid for a week, e-mailed through the
 * Notification Module in the language chosen for them; the token itself is
 * stored only as its hash.
 */
export const inviteExporterPersonWorkflow = createWorkflow(inviteExporterPersonWorkflowId, (input: InviteExporterPersonInput) => {
  const exporter = validateExporterInvitationStep({
    exporter_id: input.exporter_id,
    email: input.email,
    already_member_message: input.already_member_message,
  })
  const invitedBy = transform({ input }, ({ input }) => `${input.actor.type}:${input.actor.id}`)
  const issued = createPartnerInvitationStep({
    actor_type: "exporter",
    scope_id: input.exporter_id,
    email: input.email,
    role: input.role,
    locale: input.locale,
    invited_by: invitedBy,
  })
  const mail = transform({ input, exporter, issued }, ({ input, exporter, issued }) => [
    {
      to: input.email,
      channel: "email",
      template: "partner-invitation",
      trigger_type: "exporter.person_invited",
      resource_id: issued.invitation.id,
      resource_type: "partner_invitation",
      content: renderPartnerInvitation({
        locale: input.locale,
        organisation: exporter.name,
        url: portalUrl("accept-invitation", { token: issued.token }),
        days: INVITATION_TTL_DAYS,
      }),
    },
  ])
  const audit = transform({ input, issued }, ({ input, issued }) => [
    {
      actor: input.actor,
      action: "exporter.person_invited",
      resource_type: "exporter",
      resource_id: input.exporter_id,
      scope_id: input.exporter_id,
      changes: { email: input.email, role: input.role, invitation_id: issued.invitation.id },
    },
  ])
  recordAuditEntriesStep(audit)
  sendNotificationsStep(mail)
  const invitation = transform({ issued }, ({ issued }) => issued.invitation)
  return new WorkflowResponse(invitation)
})
