import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import { IdNumberError } from "../../../modules/customs/id-number"
import { customsMessage, idNumberMessageKey } from "../../../modules/customs/messages"
import type CustomsModuleService from "../../../modules/customs/service"

export interface CreateCustomsIdentityInput {
  real_name: string
  id_number: string
  customer_id?: string | null
  cart_id?: string | null
  locale?: string | null
}

export const createCustomsIdentityStepId = "create-customs-identity"

/** Validates the ID number by GB 11643 and stores it sealed; a bad number is a 400 naming what is wrong. */
export const createCustomsIdentityStep = createStep(
  createCustomsIdentityStepId,
  async (input: CreateCustomsIdentityInput, { container }) => {
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const realName = input.real_name.trim()
    if (realName.length < 2 || realName.length > 40) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, customsMessage(input.locale, "real_name"))
    }
    let sealed: ReturnType<CustomsModuleService["protectIdNumber"]>
    try {
      sealed = customs.protectIdNumber(input.id_number)
    } catch (e) {
      if (!(e instanceof IdNumberError)) throw e
      throw new MedusaError(MedusaError.Types.INVALID_DATA, customsMessage(input.locale, idNumberMessageKey(e.problem), e.detail))
    }
    const identity = await customs.createCustomsIdentities({
      real_name: realName,
      customer_id: input.customer_id ?? null,
      cart_id: input.customer_id ? null : input.cart_id ?? null,
      ...sealed,
    })
    return new StepResponse(identity, identity.id)
  },
  async (id, { container }) => {
    if (!id) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    await customs.deleteCustomsIdentities(id)
  }
)
