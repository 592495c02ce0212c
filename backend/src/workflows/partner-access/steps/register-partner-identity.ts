import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface RegisterPartnerIdentityInput {
  actor_type: string
  actor_id: string
  email: string
  password: string
}

type Undo =
  | { created: string }
  | {
      updated: string
      app_metadata: Record<string, unknown> | null
      provider_identity_id: string
      provider_metadata: Record<string, unknown> | null
    }

export const registerPartnerIdentityStepId = "register-partner-identity"

/**
 * Gives the invited person an e-mail/password sign-in for their actor type:
 * `app_metadata.<actor>_id` names the actor record, which is how Medusa's
 * `authenticate(actor)` finds it. An address that already signs in elsewhere
 * on Bozor (a customer's, say) keeps its one identity: it gains the actor and
 * the password chosen now, since the invitation reached that mailbox, exactly
 * as a password reset would.
 */
export const registerPartnerIdentityStep = createStep(
  registerPartnerIdentityStepId,
  async (input: RegisterPartnerIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const key = `${input.actor_type}_id`
    const [existing] = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { relations: ["auth_identity"] },
    )
    if (!existing) {
      const { success, authIdentity, error } = await auth.register("emailpass", {
        body: { email: input.email, password: input.password },
      } as never)
      if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "The sign-in could not be created.")
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [key]: input.actor_id } })
      return new StepResponse({ auth_identity_id: authIdentity.id }, { created: authIdentity.id } as Undo)
    }
    const identity = existing.auth_identity!
    const undo: Undo = {
      updated: identity.id,
      app_metadata: (identity.app_metadata as Record<string, unknown>) ?? null,
      provider_identity_id: existing.id,
      provider_metadata: (existing.provider_metadata as Record<string, unknown>) ?? null,
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), [key]: input.actor_id } })
    const updated = await auth.updateProvider("emailpass", { entity_id: input.email, password: input.password })
    if (!updated.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, updated.error ?? "The password could not be set.")
    return new StepResponse({ auth_identity_id: identity.id }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    if ("created" in undo) {
      await auth.deleteAuthIdentities([undo.created])
      return
    }
    await auth.updateAuthIdentities({ id: undo.updated, app_metadata: undo.app_metadata ?? {} })
    await auth.updateProviderIdentities({ id: undo.provider_identity_id, provider_metadata: undo.provider_metadata ?? {} })
  },
)

export const detachPartnerIdentityStepId = "detach-partner-identity"

/**
 * Takes an actor away from the sign-in of a removed person: `<actor>_id`
 * leaves the identity's app_metadata, so no new token names the actor. Tokens
 * issued before still carry its id, which the namespace's middleware no longer
 * resolves to anyone.
 */
export const detachPartnerIdentityStep = createStep(
  detachPartnerIdentityStepId,
  async (input: { actor_type: string; actor_id: string; email: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const key = `${input.actor_type}_id`
    const [existing] = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { relations: ["auth_identity"] },
    )
    const identity = existing?.auth_identity
    if (!identity || identity.app_metadata?.[key] !== input.actor_id) return new StepResponse(undefined, null)
    // null, as Medusa's own setAuthAppMetadataStep removes an actor: the identity's other actors stay.
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, [key]: null } })
    return new StepResponse(undefined, { id: identity.id, app_metadata: identity.app_metadata })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.AUTH).updateAuthIdentities({ id: undo.id, app_metadata: undo.app_metadata ?? {} })
  },
)
