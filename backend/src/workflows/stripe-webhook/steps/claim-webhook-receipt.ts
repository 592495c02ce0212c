import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_RECEIPTS_MODULE } from "../../../modules/webhook-receipts"
import type WebhookReceiptsModuleService from "../../../modules/webhook-receipts/service"

/**
 * Takes the event for this run: false when it is processed already or another
 * run holds it (a concurrent redelivery). If the processing fails, the claim
 * is given back, so the next delivery processes the event again.
 */
export const claimWebhookReceiptStep = createStep(
  "claim-webhook-receipt",
  async ({ id }: { id: string }, { container }) => {
    const receipts: WebhookReceiptsModuleService = container.resolve(WEBHOOK_RECEIPTS_MODULE)
    const claimed = await receipts.claim(id)
    return new StepResponse(claimed, claimed ? id : undefined)
  },
  async (id, { container }) => {
    if (!id) return
    const receipts: WebhookReceiptsModuleService = container.resolve(WEBHOOK_RECEIPTS_MODULE)
    await receipts.release(id)
  },
)
