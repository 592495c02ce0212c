import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IEventBusModuleService, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { WEBHOOK_RECEIPTS_MODULE } from "../webhook-receipts"
import type WebhookReceiptsModuleService from "../webhook-receipts/service"

/** Queued for src/subscribers/stripe-webhook.ts, which processes the event and only then marks it processed. */
export const STRIPE_WEBHOOK_RECEIVED = "stripe_cn.webhook_received"

export type StripeWebhookReceived = ProviderWebhookPayload & { event_id: string }

/**
 * How long a webhook waits before it is processed, and how often it is tried: Medusa's own values (its route reads
 * them from the payment module's options, which Medusa 2.21 does not expose, so its defaults always apply). Five
 * seconds let the shop complete a card payment's cart itself before the webhook would: shorter, the two race.
 */
const WEBHOOK_DELAY_MS = 5000
const WEBHOOK_ATTEMPTS = 3

/**
 * Stripe webhooks are taken here instead of by Medusa's /hooks/payment route,
 * which would queue them without a receipt. A request whose Stripe-Signature
 * does not verify is answered 400 and changes nothing; an event already
 * processed (Stripe redelivers) is acknowledged and not run again. Any other
 * delivery — the first, or a redelivery of an event whose processing never
 * finished (the process died, processing failed) — is queued the way Medusa
 * queues payment webhooks, after the same delay.
 */
export function receiveStripeWebhook(webhookSecret: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const provider = req.params.provider
    if (!provider?.startsWith("stripe")) return next()
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
    if ((await receipts.receive({ id: event.id, provider, event_type: event.type })) === "processed") {
      res.status(200).json({ received: true, duplicate: true })
      return
    }
    const eventBus: IEventBusModuleService = req.scope.resolve(Modules.EVENT_BUS)
    // If queuing fails the error answers 500, and Stripe delivers the event again later.
    await eventBus.emit<StripeWebhookReceived>(
      {
        name: STRIPE_WEBHOOK_RECEIVED,
        // The raw body as text: the signature is checked again when the event is processed, and text survives a queue.
        data: {
          event_id: event.id,
          provider,
          payload: { data: req.body as Record<string, unknown>, rawData: raw.toString("utf8"), headers: { "stripe-signature": signature } },
        },
      },
      { delay: WEBHOOK_DELAY_MS, attempts: WEBHOOK_ATTEMPTS },
    )
    res.status(200).json({ received: true })
  }
}
