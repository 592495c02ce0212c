import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_ACCESS_MODULE } from "../modules/partner-access"
import PartnerAccessModuleService from "../modules/partner-access/service"
import { INVITATION_GONE } from "../workflows/partner-access/steps/claim-partner-invitation"
import { InvitationGoneError } from "./partner-errors"

/**
 * The open invitation a token names for one actor type, for the page a person
 * sees before setting their password: 404 for a token never issued (or issued
 * for another actor), 410 for one used, replaced or expired.
 */
export async function openPartnerInvitation(scope: MedusaContainer, actorType: string, token: string) {
  const invitations: PartnerAccessModuleService = scope.resolve(PARTNER_ACCESS_MODULE)
  const invitation = await invitations.retrieveByToken(token)
  if (!invitation || invitation.actor_type !== actorType) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such invitation: check the link in the e-mail.")
  }
  const state = PartnerAccessModuleService.stateOf(invitation)
  if (state !== "open") throw new InvitationGoneError(INVITATION_GONE[state])
  return invitation
}
