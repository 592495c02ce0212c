import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { renderPasswordReset } from "../../../emails/password-reset"
import { emailLocale } from "../../../emails/order-placed"
import { backendBaseUrl } from "../../../utils/public-urls"
import { storefrontUrl } from "@bozor/shared"

/** What Medusa's `auth.password_reset` event carries (generateResetPasswordTokenWorkflow). */
export interface PasswordResetInput {
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown> | null
}

/** How long Medusa's reset tokens are valid (generateResetPasswordTokenWorkflow: 15 minutes). */
export const RESET_TOKEN_MINUTES = 15

export const preparePasswordResetEmailStepId = "prepare-password-reset-email"

/**
 * The e-mail with the reset link: a customer's goes to the shop's page, in the
 * language of the page they asked from (the storefront sends it as
 * `metadata.locale`); an operator's to Medusa Admin's page, in English. Other
 * actors get nothing here. The link's host is the configured one, never one a
 * request named. Reads only; nothing to undo.
 */
export const preparePasswordResetEmailStep = createStep(preparePasswordResetEmailStepId, async (input: PasswordResetInput) => {
  const token = encodeURIComponent(input.token)
  let url: string
  let locale: string
  if (input.actor_type === "customer") {
    locale = emailLocale(typeof input.metadata?.locale === "string" ? input.metadata.locale : null)
    url = `${storefrontUrl()}/${locale}/account/reset-password?token=${token}`
  } else if (input.actor_type === "user") {
    locale = "en"
    url = `${backendBaseUrl()}/app/reset-password?token=${token}`
  } else {
    return new StepResponse([] as SendNotificationsStepInput)
  }
  const notifications: SendNotificationsStepInput = [
    {
      to: input.entity_id,
      channel: "email",
      template: "password-reset",
      trigger_type: "auth.password_reset",
      resource_type: input.actor_type,
      content: renderPasswordReset({ locale, url, minutes: RESET_TOKEN_MINUTES }),
    },
  ]
  return new StepResponse(notifications)
})
