import { getTranslations } from "next-intl/server"
import { Totals } from "@/components/cart/totals"
import { addressLine } from "@/lib/address"
import { formatMoney } from "@/lib/format"
import type { OrderDetail } from "@/lib/medusa/types"

export async function OrderView({ locale, order }: { locale: string; order: OrderDetail }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const a = order.shippingAddress
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[1fr_18rem]">
      <div className="space-y-4">
        <ul className="divide-y divide-ink/10 rounded-2xl bg-white ring-1 ring-ink/10" data-testid="order-lines">
          {order.lines.map((l) => (
            <li key={l.id} className="flex justify-between p-3 text-sm">
              <span>
                {l.productTitle} · {l.variantTitle} × {l.quantity}
              </span>
              <span data-testid="line-subtotal">{formatMoney(l.subtotal, locale)}</span>
            </li>
          ))}
        </ul>
        {a && (
          <p className="text-sm">
            <span className="font-medium">{t("deliverTo")}</span> {addressLine(a)}
          </p>
        )}
        <p className="text-sm">
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
