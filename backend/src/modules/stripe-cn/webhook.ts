import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { WEBHOOK_RECEIPTS_MODULE } from "../webhook-receipts"
import type WebhookReceiptsModuleService from "../webhook-receipts/service"

/**
 * Stripe webhooks are checked before Medusa queues them: a request whose
 * Stripe-Signature does not verify against the configured secret is answered
 * 400 and changes nothing, and an event already received (Stripe redelivers)
 * is acknowledged without being processed again.
 */
export function receiveStripeWebhook(webhookSecret: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.params.provider?.startsWith("stripe")) return next()
    const signature = req.headers["stripe-signature"]
    const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
    let event: Stripe.Event
    try {
      if (!raw || typeof signature !== "string") throw new Error("missing body or Stripe-Signature header")
      event = Stripe.webhooks.constructEvent(raw, signature, webhookSecret)
    } catch (e) {
      res.status(400).json({ type: "invalid_data", message: `Webhook signature verification failed: ${(e as Error).message}` })
      return
    }
    const receipts: WebhookReceiptsModuleService = req.scope.resolve(WEBHOOK_RECEIPTS_MODULE)
    const first = await receipts.recordFirst({ id: event.id, provider: req.params.provider, event_type: event.type })
    if (!first) {
      res.status(200).json({ received: true, duplicate: true })
      return
    }
    next()
  }
}
