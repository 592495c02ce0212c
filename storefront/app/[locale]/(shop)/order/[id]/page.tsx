import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderView } from "@/components/account/order-view"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { getOrder } from "@/lib/medusa/customer"

export const metadata: Metadata = { robots: { index: false } }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await routeLocale(params)
  const { id } = await params
  const order = await getOrder(locale, id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "order" })
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold" data-testid="order-confirmed">
        {t("thanks")}
      </h1>
      <p className="mt-2" data-testid="order-number">
        {t("number", { number: order.displayId })}
      </p>
      <OrderView locale={locale} order={order} />
      <Link href="/account" className="mt-6 inline-block underline">
        {t("toAccount")}
      </Link>
    </div>
  )
}
