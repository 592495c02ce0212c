import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import PartnerAccessModuleService from "../../../modules/partner-access/service"
import { InvitationGoneError } from "../../../utils/partner-errors"

export const claimPartnerInvitationStepId = "claim-partner-invitation"

/** The messages of an invitation that cannot be used, by why. */
export const INVITATION_GONE = {
  accepted: "This invitation has already been used: sign in, or ask for a new invitation.",
  revoked: "This invitation was replaced by a newer one: use the link in the latest e-mail.",
  expired: "This invitation has expired: ask for a new one.",
} as const

/**
 * Uses an invitation once: an unknown token is a 404, a used, replaced or
 * expired one a 410. Claimed by a conditional update, so two requests with
 * the same token cannot both succeed.
 */
export const claimPartnerInvitationStep = createStep(
  claimPartnerInvitationStepId,
  async (input: { actor_type: string; token: string }, { container }) => {
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    const claimed = await service.claimByToken(input.actor_type, input.token)
    if (!claimed) {
      const invitation = await service.retrieveByToken(input.token)
      if (!invitation || invitation.actor_type !== input.actor_type) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such invitation: check the link in the e-mail.")
      }
      const state = PartnerAccessModuleService.stateOf(invitation)
      throw new InvitationGoneError(INVITATION_GONE[state === "open" ? "accepted" : state])
    }
    const invitation = await service.retrievePartnerInvitation(claimed)
    const { token_hash: _hash, ...visible } = invitation
    return new StepResponse(visible, claimed)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    await service.updatePartnerInvitations({ id, accepted_at: null })
  },
)
