import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { prepareOrderAccessLinkStep, type OrderAccessLinkInput } from "./steps/prepare-order-access-link"

export const sendOrderAccessLinkWorkflowId = "send-order-access-link"

/** A fresh signed link to an order, by e-mail to the order's address (see the step for when nothing is sent). */
export const sendOrderAccessLinkWorkflow = createWorkflow(sendOrderAccessLinkWorkflowId, (input: OrderAccessLinkInput) => {
  const notifications = prepareOrderAccessLinkStep(input)
  sendNotificationsStep(notifications)
  return new WorkflowResponse(undefined)
})
