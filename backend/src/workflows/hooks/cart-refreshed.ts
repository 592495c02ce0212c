import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { fitCartToContentsWorkflow } from "../cart/fit-cart-to-contents"

/**
 * Every change to a cart's goods, shipping, address or customer ends in
 * Medusa's refresh of the cart (add, update and delete line items, shipping
 * methods, cart updates): there, after promotions and before the payment
 * collection takes the new total, the cart's shipping methods and taxes are
 * fitted to what it now holds.
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(async ({ input }, { container }) => {
  await fitCartToContentsWorkflow(container).run({ input: { cart_id: input.cart_id } })
})
