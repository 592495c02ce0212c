import { createHash, randomBytes } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import PartnerInvitation from "./models/partner-invitation"

export type InvitationState = "open" | "accepted" | "revoked" | "expired"

/** Invitations of partner actors; the token is random, e-mailed once, and stored as its hash only. */
class PartnerAccessModuleService extends MedusaService({ PartnerInvitation }) {
  static newToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString("base64url")
    return { token, hash: PartnerAccessModuleService.hashToken(token) }
  }

  static hashToken(token: string): string {
    return createHash("sha256").update(token).digest("hex")
  }

  static stateOf(invitation: { accepted_at: Date | string | null; revoked_at: Date | string | null; expires_at: Date | string }, now = new Date()): InvitationState {
    if (invitation.accepted_at) return "accepted"
    if (invitation.revoked_at) return "revoked"
    return new Date(invitation.expires_at) <= now ? "expired" : "open"
  }

  /** The invitation a token opens, whatever its state; null for a token that was never issued. */
  async retrieveByToken(token: string) {
    if (!token || token.length > 200) return null
    const [invitation] = await this.listPartnerInvitations({ token_hash: PartnerAccessModuleService.hashToken(token) })
    return invitation ?? null
  }

  /**
   * Marks an open invitation accepted and returns its id, in one conditional
   * update: of two requests racing with the same token, one gets it. Null when
   * the token opens no invitation that is still open.
   */
  @InjectManager()
  async claimByToken(actorType: string, token: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string | null> {
    const rows = await sharedContext.manager!.execute(
      `update partner_invitation set accepted_at = now(), updated_at = now()
       where token_hash = ? and actor_type = ? and accepted_at is null and revoked_at is null and expires_at > now() and deleted_at is null
       returning id`,
      [PartnerAccessModuleService.hashToken(token), actorType]
    )
    return rows[0]?.id ?? null
  }
}

export default PartnerAccessModuleService
