import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import PartnerApiKey from "./models/partner-api-key"
import PartnerInvitation from "./models/partner-invitation"

type InvitationState = "open" | "accepted" | "revoked" | "expired"

/** What every API key starts with, so a bearer token is told apart from a session's JWT at a glance. */
export const API_KEY_PREFIX = "bzk_"

/**
 * Invitations of partner actors and their organisations' API keys: tokens are
 * random, shown once (e-mailed, or displayed at creation), and stored as hashes only.
 */
class PartnerAccessModuleService extends MedusaService({ PartnerInvitation, PartnerApiKey }) {
  /** A new API key: `bzk_<8 hex>_<secret>`; the first 12 characters find it, the SHA-256 of the whole proves it. */
  static newApiKey(): { token: string; prefix: string; hash: string } {
    const prefix = `${API_KEY_PREFIX}${randomBytes(4).toString("hex")}`
    const token = `${prefix}_${randomBytes(32).toString("base64url")}`
    return { token, prefix, hash: PartnerAccessModuleService.hashToken(token) }
  }

  /** The key a presented token is, if it exists and is not revoked; null otherwise. */
  async retrieveActiveApiKey(actorType: string, token: string) {
    if (!token.startsWith(API_KEY_PREFIX) || token.length > 200) return null
    const [key] = await this.listPartnerApiKeys({
      token_prefix: token.slice(0, API_KEY_PREFIX.length + 8),
      actor_type: actorType,
      revoked_at: null,
    })
    if (!key) return null
    const presented = Buffer.from(PartnerAccessModuleService.hashToken(token), "hex")
    return timingSafeEqual(presented, Buffer.from(key.token_hash, "hex")) ? key : null
  }

  static newToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString("base64url")
    return { token, hash: PartnerAccessModuleService.hashToken(token) }
  }

  static hashToken(token: string): string {
    return createHash("sha256").update(token).digest("hex")
  }

  static stateOf(
    invitation: { accepted_at: Date | string | null; revoked_at: Date | string | null; expires_at: Date | string },
    now = new Date(),
  ): InvitationState {
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
  async claimByToken(
    actorType: string,
    token: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<string | null> {
    const rows = await sharedContext.manager!.execute(
      `update partner_invitation set accepted_at = now(), updated_at = now()
       where token_hash = ? and actor_type = ? and accepted_at is null and revoked_at is null and expires_at > now() and deleted_at is null
       returning id`,
      [PartnerAccessModuleService.hashToken(token), actorType],
    )
    return rows[0]?.id ?? null
  }
}

export default PartnerAccessModuleService
