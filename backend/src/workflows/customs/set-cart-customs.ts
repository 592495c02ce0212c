import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bindCartCustomsStep } from "./steps/bind-cart-customs"
import { createCustomsIdentityStep } from "./steps/create-customs-identity"

export interface SetCartCustomsInput {
  cart_id: string
  /** The signed-in customer, from the session (never from the request body). */
  actor_customer_id: string | null
  locale?: string | null
  payer_is_buyer: true
  /** A saved identity of the signed-in customer… */
  identity_id?: string
  /** …or one entered at checkout; saved to the account when `save` is set and the customer is signed in. */
  identity?: { real_name: string; id_number: string; save?: boolean }
}

export const setCartCustomsWorkflowId = "set-cart-customs"

/** The checkout's customs step: the buyer's identity and the payer declaration, bound to the cart. */
export const setCartCustomsWorkflow = createWorkflow(setCartCustomsWorkflowId, (input: SetCartCustomsInput) => {
  const created = when("new-customs-identity", input, (input) => !input.identity_id && !!input.identity).then(() =>
    createCustomsIdentityStep(
      transform({ input }, ({ input }) => ({
        real_name: input.identity!.real_name,
        id_number: input.identity!.id_number,
        customer_id: input.identity!.save ? input.actor_customer_id : null,
        cart_id: input.cart_id,
        locale: input.locale,
      })),
    ),
  )
  const identity = bindCartCustomsStep(
    transform({ input, created }, ({ input, created }) => ({
      cart_id: input.cart_id,
      identity_id: input.identity_id ?? created!.id,
      actor_customer_id: input.actor_customer_id,
      payer_is_buyer: input.payer_is_buyer,
      locale: input.locale,
    })),
  )
  return new WorkflowResponse(identity)
})
