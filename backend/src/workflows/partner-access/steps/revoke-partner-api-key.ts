import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import type PartnerAccessModuleService from "../../../modules/partner-access/service"

export const revokePartnerApiKeyStepId = "revoke-partner-api-key"

/** Revokes one of the organisation's keys; a key of another organisation is a 404 like one that does not exist. */
export const revokePartnerApiKeyStep = createStep(
  revokePartnerApiKeyStepId,
  async (input: { actor_type: string; scope_id: string; id: string }, { container }) => {
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    const [key] = await service.listPartnerApiKeys({ id: input.id, actor_type: input.actor_type, scope_id: input.scope_id })
    if (!key) throw new MedusaError(MedusaError.Types.NOT_FOUND, `API key with id: ${input.id} was not found`)
    if (key.revoked_at) return new StepResponse(key, null)
    const revoked = await service.updatePartnerApiKeys({ id: key.id, revoked_at: new Date() })
    return new StepResponse(revoked, key.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    await service.updatePartnerApiKeys({ id, revoked_at: null })
  },
)
