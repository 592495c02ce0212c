import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetEmailWorkflow } from "../workflows/password-reset/send-password-reset-email"
import type { PasswordResetInput } from "../workflows/password-reset/steps/prepare-password-reset-email"

/** Medusa issued a single-use reset token (POST /auth/{actor}/emailpass/reset-password): e-mail its link. */
export default async function sendPasswordResetEmail({ event, container }: SubscriberArgs<PasswordResetInput>) {
  await sendPasswordResetEmailWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
