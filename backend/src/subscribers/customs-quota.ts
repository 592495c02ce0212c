import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { releaseCustomsQuotaWorkflow } from "../workflows/customs/release-customs-quota"

/** Cancelled and refunded orders stop counting against the buyer's annual cross-border quota (what is released: the workflow). */
export default async function releaseCustomsQuota({ event, container }: SubscriberArgs<{ id: string }>) {
  let orderId = event.data.id
  if (event.name === PaymentEvents.REFUNDED) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [payment],
    } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: event.data.id } })
    if (!payment) return
    const {
      data: [link],
    } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    if (!link) return
    orderId = link.order_id
  }
  await releaseCustomsQuotaWorkflow(container).run({
    input: { order_id: orderId, reason: event.name === PaymentEvents.REFUNDED ? "refunded" : "canceled" },
  })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.CANCELED, PaymentEvents.REFUNDED],
}
