import { notFound, redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderView } from "@/components/account/order-view"
import { OrderStatus } from "@/components/order/order-status"
import { routeLocale } from "@/i18n/locale"
import { currentCustomer, getOrder } from "@/lib/medusa/customer"

export default async function AccountOrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await routeLocale(params)
  const { id } = await params
  if (!(await currentCustomer(locale))) redirect(`/${locale}/account/login`)
  const order = await getOrder(locale, id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "order" })
  return (
    <div className="py-8">
      <h1 className="text-2xl font-bold">{t("number", { number: order.displayId })}</h1>
      <OrderStatus locale={locale} order={order} />
      <OrderView locale={locale} order={order} />
    </div>
  )
}
