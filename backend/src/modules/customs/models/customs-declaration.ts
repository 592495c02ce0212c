import { model } from "@medusajs/framework/utils"

/**
 * What one completed cart declared against a buyer's annual cross-border quota.
 * Written while the cart completes (and removed again if completion fails), so
 * two carts of the same buyer cannot both slip under the limit; a cancelled or
 * refunded order stops counting.
 */
const CustomsDeclaration = model
  .define("customs_declaration", {
    id: model.id({ prefix: "cusdec" }).primaryKey(),
    cart_id: model.text().unique(),
    order_id: model.text().nullable(),
    identity_id: model.text(),
    id_number_digest: model.text(),
    year: model.number(),
    /** Cross-border goods plus their shipping, in CNY. */
    amount: model.bigNumber(),
    /** What no longer counts: refunds, or the whole amount once the order is cancelled. */
    released_amount: model.bigNumber().default(0),
  })
  .indexes([{ on: ["id_number_digest", "year"] }])

export default CustomsDeclaration
