import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import { IdNumberError } from "../../../modules/customs/id-number"
import { customsMessage, idNumberMessageKey, realNameMessageKey } from "../../../modules/customs/messages"
import { normalizeRealName, realNameProblem, sameRealName } from "../../../modules/customs/real-name"
import type CustomsModuleService from "../../../modules/customs/service"

export interface CreateCustomsIdentityInput {
  real_name: string
  id_number: string
  customer_id?: string | null
  cart_id?: string | null
  locale?: string | null
}

/** How many identities one account may keep: a household's buyers, not a list of other people's ID numbers. */
export const MAX_IDENTITIES_PER_ACCOUNT = 5

export const createCustomsIdentityStepId = "create-customs-identity"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Validates the ID number by GB 11643 and the real name by the ID's kind,
 * refuses a name other than the one this number was first declared under, and
 * stores the number sealed. Every refusal is a 400 naming the field and the rule.
 */
export const createCustomsIdentityStep = createStep(
  createCustomsIdentityStepId,
  async (input: CreateCustomsIdentityInput, { container }) => {
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    let sealed: ReturnType<CustomsModuleService["protectIdNumber"]>
    try {
      sealed = customs.protectIdNumber(input.id_number)
    } catch (e) {
      if (!(e instanceof IdNumberError)) throw e
      throw invalid(customsMessage(input.locale, idNumberMessageKey(e.problem), e.detail))
    }
    const realName = normalizeRealName(input.real_name)
    const problem = realNameProblem(realName, sealed.kind)
    if (problem) throw invalid(customsMessage(input.locale, realNameMessageKey(problem)))

    const first = await customs.firstRealName(customs.digestsOf(sealed))
    if (first && !sameRealName(first, realName)) throw invalid(customsMessage(input.locale, "real_name.mismatch"))

    if (input.customer_id) {
      const [, count] = await customs.listAndCountCustomsIdentities({ customer_id: input.customer_id }, { take: 1 })
      if (count >= MAX_IDENTITIES_PER_ACCOUNT) {
        throw invalid(customsMessage(input.locale, "identity_limit", { limit: MAX_IDENTITIES_PER_ACCOUNT }))
      }
    }
    const identity = await customs.createCustomsIdentities({
      real_name: realName,
      customer_id: input.customer_id ?? null,
      cart_id: input.customer_id ? null : (input.cart_id ?? null),
      ...sealed,
    })
    return new StepResponse(identity, identity.id)
  },
  async (id, { container }) => {
    if (!id) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    await customs.deleteCustomsIdentities(id)
  },
)
