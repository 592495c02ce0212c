import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { linkOrderExportersWorkflow } from "../workflows/sales/link-order-exporters"

/** A placed order is linked to the exporters whose products it holds, so each sees its own lines in the portal. */
export default async function linkOrderExporters({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderExportersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
