import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeShippingMethodFromCartStep, updateTaxLinesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export const fitCartToContentsWorkflowId = "fit-cart-to-contents"

type CartShape = {
  items?: ({
    requires_shipping?: boolean | null
    variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
  } | null)[]
  shipping_methods?: ({ id: string; shipping_option?: { shipping_profile_id?: string | null } | null } | null)[]
}

/** Shipping methods whose shipping profile no longer carries any of the cart's goods (all of them in an empty cart). */
export function unfitShippingMethods(cart: CartShape): string[] {
  const needed = new Set(
    (cart.items ?? []).flatMap((item) =>
      item?.requires_shipping && item.variant?.product?.shipping_profile?.id ? [item.variant.product.shipping_profile.id] : [],
    ),
  )
  return (cart.shipping_methods ?? []).flatMap((m) => (m && !needed.has(m.shipping_option?.shipping_profile_id ?? "") ? [m.id] : []))
}

/**
 * What a cart derives from its contents follows them after every change:
 * a shipping method whose profile has no goods left goes (Medusa keeps a
 * single method even when its goods are gone, so a cart emptied of
 * cross-border goods kept charging the ¥25 parcel), and every tax line is
 * computed again for the cart as it now is (a line's cross-border tax depends
 * on the whole cart, and Medusa recomputes only the lines that changed).
 *
 * Runs inside cart refreshes (workflows/hooks/cart-refreshed.ts), under the
 * refresh's lock on the cart: the tax workflow runs as a step of this one,
 * so it does not take the lock again.
 */
export const fitCartToContentsWorkflow = createWorkflow(fitCartToContentsWorkflowId, (input: { cart_id: string }) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: [
      "id",
      "items.requires_shipping",
      "items.variant.product.shipping_profile.id",
      "shipping_methods.id",
      "shipping_methods.shipping_option.shipping_profile_id",
    ],
    filters: { id: input.cart_id },
  })
  const unfit = transform({ carts }, ({ carts }) => unfitShippingMethods((carts[0] ?? {}) as CartShape))
  removeShippingMethodFromCartStep({ shipping_method_ids: unfit })
  updateTaxLinesWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  return new WorkflowResponse({ removed_shipping_method_ids: unfit })
})
