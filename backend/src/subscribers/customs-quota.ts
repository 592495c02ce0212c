import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../modules/customs"
import type CustomsModuleService from "../modules/customs/service"

/**
 * Cancelled and refunded orders stop counting against the buyer's annual
 * cross-border quota: a cancellation releases the whole declaration, a refund
 * the refunded amount (never more than was declared).
 */
export default async function releaseCustomsQuota({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)

  let orderId = event.data.id
  let refunded: number | null = null
  if (event.name === PaymentEvents.REFUNDED) {
    const { data: [payment] } = await query.graph({
      entity: "payment",
      fields: ["id", "payment_collection_id", "refunds.amount", "refunds.created_at"],
      filters: { id: event.data.id },
    })
    if (!payment) return
    const { data: [link] } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    if (!link) return
    orderId = link.order_id
    refunded = (payment.refunds ?? []).reduce((sum: number, r: any) => sum + Number(r.amount), 0)
  }

  const { data: [orderCart] } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } })
  if (!orderCart) return
  const [declaration] = await customs.listCustomsDeclarations({ cart_id: orderCart.cart_id })
  if (!declaration) return
  const amount = Number(declaration.amount)
  const released = refunded === null ? amount : Math.min(amount, refunded)
  await customs.updateCustomsDeclarations({ id: declaration.id, order_id: orderId, released_amount: released })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.CANCELED, PaymentEvents.REFUNDED],
}
