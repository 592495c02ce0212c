import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { personName, postalAddress } from "../emails/address"
import { emailLocale, renderOrderPlaced, type OrderForEmail } from "../emails/order-placed"
import { CUSTOMS_MODULE } from "../modules/customs"
import type CustomsModuleService from "../modules/customs/service"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"
import { deliveryOfOrder, inLocale } from "../utils/delivery"
import { orderPageUrl } from "../utils/order-access"
import { pickupQrPng, spacedPickupCode } from "../utils/pickup-qr"
import { num } from "../utils/receipt"
import { loadOrderTotals } from "../utils/totals"

const QR_CID = "pickup-qr@bozor"

/** The order as the query below reads it (typed here: Medusa's generated query types exist only after a build). */
interface OrderRow {
  id: string
  display_id: number | null
  email: string | null
  locale: string | null
  currency_code: string
  items:
    | ({
        id: string
        product_title: string | null
        variant_title: string | null
        title: string
        quantity: unknown
        detail?: { quantity: unknown } | null
      } | null)[]
    | null
  shipping_address: Record<
    "last_name" | "first_name" | "province" | "city" | "address_2" | "address_1" | "postal_code" | "phone",
    string | null
  > | null
}

/**
 * Sends the order confirmation through Medusa's Notification Module (the
 * mail provider: SMTP, or the outbox folder by default), in the order's
 * language. The customs identity comes from the declaration the order's cart
 * made (the masked number only); the link to the order is signed and expires.
 */
export default async function sendOrderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "locale",
      "currency_code",
      "items.id",
      "items.product_title",
      "items.variant_title",
      "items.title",
      "items.quantity",
      "items.detail.quantity",
      "shipping_address.last_name",
      "shipping_address.first_name",
      "shipping_address.province",
      "shipping_address.city",
      "shipping_address.address_2",
      "shipping_address.address_1",
      "shipping_address.postal_code",
      "shipping_address.phone",
    ],
    filters: { id: event.data.id },
  })
  // An order line's quantity lives in its detail (the order item); the line's own field may read 0.
  const order = rows[0] as unknown as OrderRow | undefined
  if (!order?.email) return

  const {
    data: [cartLink],
  } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: order.id } })
  const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
  const identity = cartLink ? await customs.declaredIdentity(cartLink.cart_id) : null
  const a = order.shipping_address
  const locale = emailLocale(order.locale)
  // The figures are the order's totals as the shop shows them: the same receipt, adding up to the fen.
  const totals = await loadOrderTotals(container, order.id, locale)
  const lineOf = new Map(totals.lines.map((l) => [l.id, l]))
  // A pickup at the centre names the place, its hours and the code; only a parcel has a delivery address.
  const delivery = await deliveryOfOrder(container, order.id)
  const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
  const code = delivery.pickup ? await pickups.codeForOrder(order.id) : null
  const recipient = a ? `${personName(a.first_name, a.last_name, locale)} · ${a.phone ?? ""}` : ""
  const data: OrderForEmail = {
    displayId: order.display_id ?? order.id,
    locale,
    currency: order.currency_code,
    items: (order.items ?? []).flatMap((i) =>
      i
        ? [
            {
              title: i.product_title ?? i.title,
              variant: i.variant_title ?? null,
              quantity: num(i.detail?.quantity ?? i.quantity),
              subtotal: lineOf.get(i.id)?.subtotal ?? 0,
            },
          ]
        : [],
    ),
    shipping: totals.shipping.map((s) => ({ name: s.name, subtotal: s.subtotal })),
    itemSubtotal: totals.item_subtotal,
    shippingSubtotal: totals.shipping_subtotal,
    discounts: totals.discounts,
    taxes: totals.taxes,
    total: totals.total,
    customs: identity ? { realName: identity.real_name, idNumber: identity.id_number_masked } : null,
    address:
      a && delivery.parcel
        ? `${recipient} · ${postalAddress({ province: a.province, city: a.city, district: a.address_2, street: a.address_1, postalCode: a.postal_code }, locale)}`
        : null,
    pickup:
      delivery.pickup && code
        ? {
            place: inLocale(delivery.pickup.name, locale),
            address: inLocale(delivery.pickup.address, locale),
            openingHours: inLocale(delivery.pickup.opening_hours, locale),
            code: spacedPickupCode(code),
            qrCid: QR_CID,
            collectedBy: recipient,
          }
        : null,
    orderUrl: orderPageUrl(container, order.id, locale),
  }

  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    trigger_type: event.name,
    resource_id: order.id,
    resource_type: "order",
    content: renderOrderPlaced(data),
    // The QR code travels as an inline image (mail clients block data: URLs); the HTML shows it by its Content-ID.
    attachments: code
      ? [
          {
            id: QR_CID,
            filename: "pickup-code.png",
            content_type: "image/png",
            disposition: "inline",
            content: (await pickupQrPng(code)).toString("base64"),
          },
        ]
      : null,
    idempotency_key: `order-placed-${order.id}`,
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
