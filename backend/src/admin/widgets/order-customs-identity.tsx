import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"

type Declared = { real_name?: string; id_number?: string; payer_is_buyer?: boolean }

/**
 * The customs identity an order was declared under, on the order page of
 * Medusa Admin: the real name and the ID number masked as the order keeps it
 * (the clear number is sealed in the customs module and never leaves it).
 */
const OrderCustomsIdentity = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const customs = (data.metadata as { customs?: Declared } | null)?.customs
  if (!customs?.id_number) return null
  return (
    <Container className="divide-y p-0" data-testid="admin-order-customs">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Customs identity · 报关身份</Heading>
      </div>
      <div className="grid grid-cols-2 gap-2 px-6 py-4">
        <Text size="small" weight="plus">Real name</Text>
        <Text size="small">{customs.real_name}</Text>
        <Text size="small" weight="plus">ID number</Text>
        <Text size="small" className="font-mono">{customs.id_number}</Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderCustomsIdentity
