import { model } from "@medusajs/framework/utils"

/**
 * The code a buyer shows at the Guangzhou centre to collect an order: one per order with a pickup at the centre.
 * Kept here, not in the order's metadata, which a cart's metadata (client-writable) flows into.
 */
const PickupCode = model
  .define("pickup_code", {
    id: model.id({ prefix: "pkc" }).primaryKey(),
    /** Eight digits, what the buyer reads out or the QR code carries. */
    code: model.text(),
    order_id: model.text(),
  })
  .indexes([
    { on: ["code"], unique: true },
    { on: ["order_id"], unique: true },
  ])

export default PickupCode
