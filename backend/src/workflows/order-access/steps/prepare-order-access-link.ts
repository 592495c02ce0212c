import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { renderOrderAccessLink } from "../../../emails/order-access-link"
import { emailLocale } from "../../../emails/order-placed"
import { ORDER_LINK_TTL_DAYS, orderPageUrl } from "../../../utils/order-access"

export interface OrderAccessLinkInput {
  order_id: string
  email: string
}

export const prepareOrderAccessLinkStepId = "prepare-order-access-link"

/**
 * The e-mail with a fresh link to an order, addressed to the order's own
 * e-mail address, and only when the requester typed that address: nothing
 * (and no difference in the answer) otherwise, so the route tells a guesser
 * nothing. Reads only; nothing to undo.
 */
export const prepareOrderAccessLinkStep = createStep(prepareOrderAccessLinkStepId, async (input: OrderAccessLinkInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "locale"],
    filters: { id: input.order_id, is_draft_order: false } as never,
  })
  const matches = !!order?.email && order.email.trim().toLowerCase() === input.email.trim().toLowerCase()
  if (!matches) return new StepResponse([] as SendNotificationsStepInput)
  const locale = emailLocale(order.locale)
  const content = renderOrderAccessLink({
    displayId: order.display_id ?? order.id,
    locale,
    url: orderPageUrl(container, order.id, locale),
    days: ORDER_LINK_TTL_DAYS,
  })
  const notifications: SendNotificationsStepInput = [
    {
      to: order.email!,
      channel: "email",
      template: "order-access-link",
      trigger_type: "order.access_link_requested",
      resource_id: order.id,
      resource_type: "order",
      content,
    },
  ]
  return new StepResponse(notifications)
})
