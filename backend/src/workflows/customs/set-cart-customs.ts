import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachCustomsToCartStep } from "./steps/attach-customs-to-cart"
import { createCustomsIdentityStep } from "./steps/create-customs-identity"

export interface SetCartCustomsInput {
  cart_id: string
  customer_id?: string | null
  locale?: string | null
  payer_is_buyer: true
  /** A saved identity of the signed-in customer… */
  identity_id?: string
  /** …or one entered at checkout; saved to the account when `save` is set and the customer is signed in. */
  identity?: { real_name: string; id_number: string; save?: boolean }
}

export const setCartCustomsWorkflowId = "set-cart-customs"

/** The checkout's customs step: the buyer's identity and the payer declaration, attached to the cart. */
export const setCartCustomsWorkflow = createWorkflow(setCartCustomsWorkflowId, (input: SetCartCustomsInput) => {
  const created = when("new-customs-identity", input, (input) => !input.identity_id && !!input.identity).then(() =>
    createCustomsIdentityStep(
      transform({ input }, ({ input }) => ({
        real_name: input.identity!.real_name,
        id_number: input.identity!.id_number,
        customer_id: input.identity!.save ? input.customer_id : null,
        cart_id: input.cart_id,
        locale: input.locale,
      }))
    )
  )
  const identityId = transform({ input, created }, ({ input, created }) => input.identity_id ?? created!.id)
  const identity = attachCustomsToCartStep(
    transform({ input, identityId }, ({ input, identityId }) => ({
      cart_id: input.cart_id,
      identity_id: identityId,
      payer_is_buyer: input.payer_is_buyer,
    }))
  )
  return new WorkflowResponse(identity)
})
