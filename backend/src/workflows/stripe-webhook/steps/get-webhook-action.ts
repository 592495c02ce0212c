import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What the event means for a payment session, as the provider reads it (checking the signature again). */
export const getWebhookActionStep = createStep("get-webhook-action", async (input: ProviderWebhookPayload, { container }) => {
  const action = await container.resolve(Modules.PAYMENT).getWebhookActionAndData(input)
  return new StepResponse(action)
})
