import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { preparePasswordResetEmailStep, type PasswordResetInput } from "./steps/prepare-password-reset-email"

export const sendPasswordResetEmailWorkflowId = "send-password-reset-email"

/** The reset link Medusa issued (`auth.password_reset`), by e-mail to the account's address. */
export const sendPasswordResetEmailWorkflow = createWorkflow(sendPasswordResetEmailWorkflowId, (input: PasswordResetInput) => {
  const notifications = preparePasswordResetEmailStep(input)
  sendNotificationsStep(notifications)
  return new WorkflowResponse(undefined)
})
