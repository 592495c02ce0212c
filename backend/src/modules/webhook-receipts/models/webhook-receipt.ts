import { model } from "@medusajs/framework/utils"

/** A payment provider's webhook event, by the provider's own event id: the first delivery is processed, repeats are not. */
const WebhookReceipt = model.define("webhook_receipt", {
  id: model.text().primaryKey(),
  provider: model.text(),
  event_type: model.text(),
})

export default WebhookReceipt
