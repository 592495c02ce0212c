import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A parcel on its way: the carrier's tracking number (and page), as an operator entered it when shipping. */
export interface Waybill {
  tracking_number: string
  tracking_url: string | null
  shipped_at: string | null
}

/** The waybills of an order's shipped fulfilments (Medusa's fulfilment labels), oldest first; cancelled ones left out. */
export async function waybillsOf(container: MedusaContainer, orderId: string): Promise<Waybill[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
    ],
    filters: { id: orderId },
  })
  const fulfillments = ((order?.fulfillments ?? []) as Record<string, any>[]).filter((f) => f && f.shipped_at && !f.canceled_at)
  fulfillments.sort((a, b) => String(a.shipped_at).localeCompare(String(b.shipped_at)))
  return fulfillments.flatMap((f) =>
    (f.labels ?? [])
      .filter((l: Record<string, any> | null) => !!l?.tracking_number)
      .map((l: Record<string, any>) => ({
        tracking_number: l.tracking_number,
        tracking_url: l.tracking_url || null,
        shipped_at: f.shipped_at ?? null,
      })),
  )
}
