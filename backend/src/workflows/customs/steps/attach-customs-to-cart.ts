import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import CustomsModuleService from "../../../modules/customs/service"

export interface AttachCustomsInput {
  cart_id: string
  identity_id: string
  payer_is_buyer: true
}

export const attachCustomsToCartStepId = "attach-customs-to-cart"

/**
 * Records on the cart which identity it declares and that the payer is the
 * buyer; the cart's metadata becomes the order's, so the order keeps both.
 * Only the masked number is written there.
 */
export const attachCustomsToCartStep = createStep(
  attachCustomsToCartStepId,
  async (input: AttachCustomsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const cartModule = container.resolve(Modules.CART)
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "metadata"],
      filters: { id: input.cart_id },
    })
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found.`)
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${input.cart_id} is already completed.`)
    const identity = await customs.retrieveUsableIdentity(input.identity_id, { customer_id: cart.customer_id, cart_id: cart.id })
    const previous = (cart.metadata ?? {}) as Record<string, unknown>
    await cartModule.updateCarts(cart.id, {
      metadata: {
        ...previous,
        customs: {
          identity_id: identity.id,
          real_name: identity.real_name,
          id_number: identity.id_number_masked,
          payer_is_buyer: input.payer_is_buyer,
        },
      },
    })
    return new StepResponse(CustomsModuleService.present(identity), { cart_id: cart.id, metadata: previous })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.CART).updateCarts(before.cart_id, { metadata: before.metadata })
  }
)
