import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { nameAsWritten } from "../lib/person-name"

type Pickup = { code: string; place: string; place_zh: string }

/**
 * The buyer as the counter and the packers need them: the name as its owner writes it (Medusa shows "芳 王" for
 * 王芳), the mobile number, and for a pickup at the Guangzhou centre the pickup code the buyer will show.
 */
const OrderBuyer = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [pickup, setPickup] = useState<Pickup | null>(null)
  useEffect(() => {
    let current = true
    fetch(`/admin/orders/${encodeURIComponent(data.id)}/pickup`, { credentials: "include" })
      .then((res) => (res.ok ? res.json() : { pickup: null }))
      .then((body: { pickup: Pickup | null }) => current && setPickup(body.pickup))
      .catch(() => current && setPickup(null))
    return () => {
      current = false
    }
  }, [data.id])
  const a = data.shipping_address
  return (
    <Container className="divide-y p-0" data-testid="admin-order-buyer">
      <div className="px-6 py-4">
        <Heading level="h2">{pickup ? "Pickup · 到店自提" : "Buyer · 收货人"}</Heading>
      </div>
      <div className="grid grid-cols-2 gap-2 px-6 py-4">
        <Text size="small" weight="plus">
          Name
        </Text>
        <Text size="small" data-testid="admin-order-buyer-name">
          {nameAsWritten(a?.first_name, a?.last_name) || "—"}
        </Text>
        <Text size="small" weight="plus">
          Mobile
        </Text>
        <Text size="small">{a?.phone || "—"}</Text>
        {pickup && (
          <>
            <Text size="small" weight="plus">
              Pickup code
            </Text>
            <Text size="small" className="font-mono" data-testid="admin-order-pickup-code">
              {pickup.code}
            </Text>
            <Text size="small" weight="plus">
              Place
            </Text>
            <Text size="small">
              {pickup.place} · {pickup.place_zh}
            </Text>
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderBuyer
