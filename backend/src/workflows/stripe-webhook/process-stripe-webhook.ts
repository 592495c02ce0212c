import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { PaymentActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { StripeWebhookReceived } from "../../modules/stripe-cn/webhook"
import { claimWebhookReceiptStep } from "./steps/claim-webhook-receipt"
import { getWebhookActionStep } from "./steps/get-webhook-action"
import { markWebhookProcessedStep } from "./steps/mark-webhook-processed"

/** The actions Medusa's processPaymentWorkflow settles (its payment-webhook subscriber ignores every other one). */
const SETTLING_ACTIONS: string[] = [PaymentActions.AUTHORIZED, PaymentActions.SUCCESSFUL]

/**
 * One Stripe event, processed once: claimed, handed to Medusa's
 * processPaymentWorkflow (authorize or capture, then complete the cart) and
 * only then marked processed. A failure gives the claim back, so a redelivery
 * runs it again; a redelivery of a processed event is refused at the door
 * (src/modules/stripe-cn/webhook.ts).
 */
export const processStripeWebhookWorkflow = createWorkflow("process-stripe-webhook", (input: WorkflowData<StripeWebhookReceived>) => {
  const claimed = claimWebhookReceiptStep({ id: input.event_id })
  const action = when("stripe-webhook-claimed", { claimed }, ({ claimed }) => claimed).then(() =>
    getWebhookActionStep(transform({ input }, ({ input }) => ({ provider: input.provider, payload: input.payload }))),
  )
  when(
    "stripe-webhook-settles-payment",
    { action },
    ({ action }) => !!action?.data?.session_id && SETTLING_ACTIONS.includes(action.action),
  ).then(() => {
    processPaymentWorkflow.runAsStep({ input: action! })
  })
  when("stripe-webhook-processed", { claimed }, ({ claimed }) => claimed).then(() => {
    // Bookkeeping must not undo a settled payment: if marking fails, the claim expires and a redelivery re-runs
    // processPaymentWorkflow, which settles a settled payment as a no-op.
    markWebhookProcessedStep({ id: input.event_id }).config({ continueOnPermanentFailure: true })
  })
  return new WorkflowResponse(claimed)
})
