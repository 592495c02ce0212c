import { model } from "@medusajs/framework/utils"

/**
 * A payment provider's webhook event, by the provider's own event id. It is
 * `received` when a delivery was accepted, `processing` while one process
 * works on it (claimed at `claimed_at`), and `processed` once its processing
 * succeeded: only then is a redelivery acknowledged without being run again.
 */
const WebhookReceipt = model.define("webhook_receipt", {
  id: model.text().primaryKey(),
  provider: model.text(),
  event_type: model.text(),
  state: model.enum(["received", "processing", "processed"]).default("received"),
  claimed_at: model.dateTime().nullable(),
  processed_at: model.dateTime().nullable(),
})

export default WebhookReceipt
