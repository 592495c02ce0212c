import { model } from "@medusajs/framework/utils"

/**
 * The identity a cart is declared under and the buyer's declaration that the
 * payer is that person. Kept here, written only by the checkout's customs
 * route after it checked who may use the identity, never in cart metadata
 * (which any holder of the cart id can write). The order keeps it through the
 * order's cart.
 */
const CartCustoms = model.define("cart_customs", {
  id: model.id({ prefix: "cuscart" }).primaryKey(),
  cart_id: model.text().unique(),
  identity_id: model.text(),
  payer_is_buyer: model.boolean(),
  /** The signed-in customer who declared it, or null for a guest. */
  declared_by: model.text().nullable(),
})

export default CartCustoms
