import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_RECEIPTS_MODULE } from "../../../modules/webhook-receipts"
import type WebhookReceiptsModuleService from "../../../modules/webhook-receipts/service"

/** From now on a redelivery of the event is acknowledged without being run again. */
export const markWebhookProcessedStep = createStep("mark-webhook-processed", async ({ id }: { id: string }, { container }) => {
  const receipts: WebhookReceiptsModuleService = container.resolve(WEBHOOK_RECEIPTS_MODULE)
  await receipts.markProcessed(id)
  return new StepResponse(id)
})
