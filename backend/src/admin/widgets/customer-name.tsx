import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { nameAsWritten } from "../lib/person-name"

/** The customer's name as its owner writes it, above Medusa's own "first last" (芳 王 for 王芳). */
const CustomerName = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const name = nameAsWritten(data.first_name, data.last_name)
  if (!name) return null
  return (
    <Container className="px-6 py-4" data-testid="admin-customer-name">
      <Text size="small" className="text-ui-fg-subtle">
        Name as written · 姓名
      </Text>
      <Text size="large" weight="plus">
        {name}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.before" })

export default CustomerName
