import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_TTL_DAYS, type PartnerLocale, type PartnerRole } from "../../../modules/partner-access/constants"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import PartnerAccessModuleService from "../../../modules/partner-access/service"

export interface CreatePartnerInvitationInput {
  actor_type: string
  scope_id: string | null
  email: string
  role: PartnerRole
  locale: PartnerLocale
  invited_by: string
}

export const createPartnerInvitationStepId = "create-partner-invitation"

/**
 * Issues an invitation with a fresh token (kept only as its hash) and revokes
 * any earlier open invitation of the same address to the same actor: the
 * newest e-mail is the only one that works. The token is returned for the
 * e-mail alone.
 */
export const createPartnerInvitationStep = createStep(
  createPartnerInvitationStepId,
  async (input: CreatePartnerInvitationInput, { container }) => {
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    const open = await service.listPartnerInvitations({
      actor_type: input.actor_type,
      email: input.email,
      accepted_at: null,
      revoked_at: null,
    })
    if (open.length) await service.updatePartnerInvitations(open.map((i) => ({ id: i.id, revoked_at: new Date() })))
    const { token, hash } = PartnerAccessModuleService.newToken()
    const invitation = await service.createPartnerInvitations({
      ...input,
      token_hash: hash,
      expires_at: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
    })
    const { token_hash: _hash, ...visible } = invitation
    return new StepResponse({ invitation: visible, token }, { created: invitation.id, revoked: open.map((i) => i.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    await service.deletePartnerInvitations([undo.created])
    if (undo.revoked.length) await service.updatePartnerInvitations(undo.revoked.map((id) => ({ id, revoked_at: null })))
  },
)
