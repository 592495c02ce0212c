import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Declared = { real_name: string; id_number: string }

/**
 * The customs identity an order was declared under, on the order page of
 * Medusa Admin: the real name and the masked ID number from the customs
 * module's declaration record (the clear number is sealed there and never
 * leaves it), not from the order's metadata, which a buyer could have written.
 */
const OrderCustomsIdentity = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [customs, setCustoms] = useState<Declared | null>(null)
  useEffect(() => {
    let current = true
    fetch(`/admin/orders/${encodeURIComponent(data.id)}/customs`, { credentials: "include" })
      .then((res) => (res.ok ? res.json() : { customs: null }))
      .then((body: { customs: Declared | null }) => current && setCustoms(body.customs))
      .catch(() => current && setCustoms(null))
    return () => {
      current = false
    }
  }, [data.id])
  if (!customs) return null
  return (
    <Container className="divide-y p-0" data-testid="admin-order-customs">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Customs identity · 报关身份</Heading>
      </div>
      <div className="grid grid-cols-2 gap-2 px-6 py-4">
        <Text size="small" weight="plus">
          Real name
        </Text>
        <Text size="small">{customs.real_name}</Text>
        <Text size="small" weight="plus">
          ID number
        </Text>
        <Text size="small" className="font-mono">
          {customs.id_number}
        </Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderCustomsIdentity
