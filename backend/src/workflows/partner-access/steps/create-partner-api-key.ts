import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import PartnerAccessModuleService from "../../../modules/partner-access/service"

export const createPartnerApiKeyStepId = "create-partner-api-key"

/** A new key; the token leaves this step once (in the workflow's result) and is stored as its hash. */
export const createPartnerApiKeyStep = createStep(
  createPartnerApiKeyStepId,
  async (input: { actor_type: string; scope_id: string; title: string; created_by: string }, { container }) => {
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    const { token, prefix, hash } = PartnerAccessModuleService.newApiKey()
    const key = await service.createPartnerApiKeys({ ...input, token_prefix: prefix, token_hash: hash })
    return new StepResponse({ key, token }, key.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PartnerAccessModuleService = container.resolve(PARTNER_ACCESS_MODULE)
    await service.deletePartnerApiKeys(id)
  },
)
