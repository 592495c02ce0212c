import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STRIPE_WEBHOOK_RECEIVED, type StripeWebhookReceived } from "../modules/stripe-cn/webhook"
import { processStripeWebhookWorkflow } from "../workflows/stripe-webhook/process-stripe-webhook"

/** A Stripe event the webhook route queued (after Medusa's webhook delay): processed once. */
export default async function processStripeWebhook({ event, container }: SubscriberArgs<StripeWebhookReceived>) {
  await processStripeWebhookWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: STRIPE_WEBHOOK_RECEIVED,
  context: { subscriberId: "stripe-webhook-processor" },
}
