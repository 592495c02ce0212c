import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderView } from "@/components/account/order-view"
import { OrderStatus } from "@/components/order/order-status"
import { RequestLinkForm } from "@/components/order/request-link-form"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { getOrder } from "@/lib/medusa/customer"

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" }

/**
 * A placed order. Its owner (signed in) or the holder of its signed link
 * (`?access=`, from the checkout or the confirmation e-mail) sees everything;
 * anyone else who has only the order id sees its status and goods, and may ask
 * for a fresh link to be sent to the order's e-mail address.
 */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ access?: string | string[] }>
}) {
  const locale = await routeLocale(params)
  const { id } = await params
  const { access } = await searchParams
  const order = await getOrder(locale, id, typeof access === "string" ? access : undefined)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "order" })
  const ta = await getTranslations({ locale, namespace: "account" })
  if (order.access === "public") {
    return (
      <div className="py-8">
        <h1 className="text-2xl font-bold" data-testid="order-number">
          {t("number", { number: order.displayId })}
        </h1>
        <OrderStatus locale={locale} order={order} />
        <h2 className="mt-6 font-semibold">{t("goods")}</h2>
        <ul className="mt-2 divide-y divide-ink/10 rounded-2xl bg-white ring-1 ring-ink/10" data-testid="order-lines">
          {order.lines.map((l) => (
            <li key={l.id} className="p-3 text-sm">
              {l.productTitle} · {l.variantTitle} × {l.quantity}
            </li>
          ))}
        </ul>
        <p className="mt-6 text-sm" data-testid="order-limited">
          {t("limited")}
        </p>
        <RequestLinkForm
          locale={locale}
          orderId={order.id}
          labels={{ email: ta("email"), hint: t("requestLinkHint"), submit: t("requestLink"), sent: t("linkRequested") }}
        />
      </div>
    )
  }
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold" data-testid="order-confirmed">
        {t("thanks")}
      </h1>
      <p className="mt-2" data-testid="order-number">
        {t("number", { number: order.displayId })}
      </p>
      <OrderStatus locale={locale} order={order} />
      <OrderView locale={locale} order={order} />
      <Link href="/account" className="mt-6 inline-block underline">
        {t("toAccount")}
      </Link>
    </div>
  )
}
