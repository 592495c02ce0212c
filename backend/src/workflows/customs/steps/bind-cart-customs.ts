import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import { customsMessage } from "../../../modules/customs/messages"
import CustomsModuleService from "../../../modules/customs/service"

export interface BindCartCustomsInput {
  cart_id: string
  identity_id: string
  /** The signed-in customer making the declaration (from the session), or null for a guest. */
  actor_customer_id: string | null
  payer_is_buyer: true
  locale?: string | null
}

export const bindCartCustomsStepId = "bind-cart-customs"

/**
 * Declares the cart under an identity the requester may use (their own saved
 * one, or the one entered for this cart) and records that the payer is the
 * buyer. The binding lives in the customs module; the compensation puts back
 * whatever the cart declared before.
 */
export const bindCartCustomsStep = createStep(
  bindCartCustomsStepId,
  async (input: BindCartCustomsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const {
      data: [cart],
    } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: input.cart_id } })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found.`)
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${input.cart_id} is already completed.`)
    const identity = await customs
      .retrieveUsableIdentity(input.identity_id, { actor_customer_id: input.actor_customer_id, cart_id: cart.id })
      .catch(() => {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, customsMessage(input.locale, "identity_not_found"))
      })
    const [previous] = await customs.listCartCustoms({ cart_id: cart.id })
    const binding = { identity_id: identity.id, payer_is_buyer: input.payer_is_buyer, declared_by: input.actor_customer_id }
    if (previous) await customs.updateCartCustoms({ id: previous.id, ...binding })
    else await customs.createCartCustoms({ cart_id: cart.id, ...binding })
    const undo = previous
      ? {
          cart_id: cart.id,
          restore: {
            id: previous.id,
            identity_id: previous.identity_id,
            payer_is_buyer: previous.payer_is_buyer,
            declared_by: previous.declared_by,
          },
        }
      : { cart_id: cart.id, restore: null }
    return new StepResponse(CustomsModuleService.present(identity), undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    if (undo.restore) {
      await customs.updateCartCustoms(undo.restore)
      return
    }
    const created = await customs.listCartCustoms({ cart_id: undo.cart_id })
    if (created.length) await customs.deleteCartCustoms(created.map((c) => c.id))
  },
)
