import { getTranslations } from "next-intl/server"
import { Totals } from "@/components/cart/totals"
import { PickupDetails } from "@/components/order/pickup-details"
import { addressLine } from "@/lib/address"
import { formatMoney } from "@/lib/format"
import type { OrderDetail } from "@/lib/medusa/types"

/** A placed order as its owner (or the holder of its link) sees it: goods, where they go or are collected, totals. */
export async function OrderView({ locale, order }: { locale: string; order: OrderDetail }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const a = order.shippingAddress
  const pickup = order.delivery?.pickup
  // Only a parcel has a delivery address: a pickup's "address" is who collects it (shown with the pickup).
  const parcel = order.delivery ? order.delivery.parcel : true
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <ul className="divide-y divide-ink/10 rounded-2xl bg-white ring-1 ring-ink/10" data-testid="order-lines">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between gap-3 p-3 text-sm">
              <span>
                {l.productTitle}
                {l.variantTitle ? ` · ${l.variantTitle}` : ""} × {l.quantity}
              </span>
              <span data-testid="line-subtotal">{formatMoney(l.subtotal, locale)}</span>
            </li>
          ))}
        </ul>
        {pickup && <PickupDetails locale={locale} pickup={pickup} collector={a} />}
        {parcel && a?.street && (
          <p className="text-sm" data-testid="order-address">
            <span className="font-medium">{t("deliverTo")}</span> {addressLine(a, locale)}
          </p>
        )}
        <p className="text-sm" data-testid="order-shipping">
          <span className="font-medium">{t("delivery")}</span> {order.shippingMethods.map((m) => m.name).join(" · ")}
        </p>
        {order.customs && (
          <p className="text-sm" data-testid="order-customs">
            <span className="font-medium">{t("customs")}</span> {order.customs.realName} · {order.customs.idNumber}
          </p>
        )}
      </div>
      {order.totals && (
        <aside className="h-fit rounded-2xl bg-white p-4 ring-1 ring-ink/10">
          <Totals locale={locale} totals={order.totals} />
        </aside>
      )}
    </div>
  )
}
