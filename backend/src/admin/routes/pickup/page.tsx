import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, StatusBadge, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { nameAsWritten } from "../../lib/person-name"

type Found = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  email: string | null
  shipping_address: { first_name: string | null; last_name: string | null; phone: string | null } | null
  items: { id: string; product_title: string | null; variant_title: string | null; title: string; quantity: number }[]
}

/**
 * The Guangzhou centre's counter: a buyer shows the pickup code (or its QR code, which a scanner types into the
 * search box); staff find the order, check the name and phone, and hand over the goods.
 */
const PickupLookupPage = () => {
  const [code, setCode] = useState("")
  const [order, setOrder] = useState<Found | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const lookUp = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    setOrder(null)
    try {
      const res = await fetch(`/admin/pickup-codes/${encodeURIComponent(code.trim())}`, { credentials: "include" })
      const body = await res.json()
      if (res.ok) setOrder(body.order)
      else setError(body.message ?? `The lookup failed (${res.status}).`)
    } catch {
      setError("The lookup failed: check the connection and try again.")
    } finally {
      setBusy(false)
    }
  }

  const a = order?.shipping_address
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Pickup at the Guangzhou centre · 到店自提</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Type or scan the buyer's pickup code (8 digits) to find the order.
        </Text>
      </div>
      <form onSubmit={lookUp} className="flex items-end gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor="pickup-code">Pickup code · 提货码</Label>
          <Input
            id="pickup-code"
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            placeholder="1234 5678"
            data-testid="pickup-code-input"
          />
        </div>
        <Button type="submit" isLoading={busy} data-testid="pickup-code-search">
          Find the order
        </Button>
      </form>
      {error && (
        <div className="px-6 py-4" role="alert" data-testid="pickup-code-error">
          <Text className="text-ui-fg-error">{error}</Text>
        </div>
      )}
      {order && (
        <div className="flex flex-col gap-3 px-6 py-4" data-testid="pickup-code-order">
          <div className="flex items-center gap-3">
            <Heading level="h2">Order #{order.display_id}</Heading>
            <StatusBadge color={order.payment_status === "captured" ? "green" : "orange"}>Payment: {order.payment_status}</StatusBadge>
            <StatusBadge color={order.fulfillment_status === "delivered" ? "green" : "blue"}>
              Delivery: {order.fulfillment_status}
            </StatusBadge>
          </div>
          <Text>
            Collected by: <strong>{nameAsWritten(a?.first_name, a?.last_name)}</strong> · {a?.phone ?? "—"}
          </Text>
          <ul className="list-disc pl-5">
            {order.items.map((i) => (
              <li key={i.id}>
                <Text size="small">
                  {i.product_title ?? i.title}
                  {i.variant_title ? ` · ${i.variant_title}` : ""} × {i.quantity}
                </Text>
              </li>
            ))}
          </ul>
          <a href={`/app/orders/${order.id}`} className="text-ui-fg-interactive underline" data-testid="pickup-code-open-order">
            Open the order to mark it picked up
          </a>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Pickup codes" })

export default PickupLookupPage
