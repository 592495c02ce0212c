import { getTranslations } from "next-intl/server"
import type { OrderDetail } from "@/lib/medusa/types"

/** Where an order stands: its status, payment and delivery, in the page's language. */
export async function OrderStatus({ locale, order }: { locale: string; order: Pick<OrderDetail, "status" | "paymentStatus" | "fulfillmentStatus"> }) {
  const t = await getTranslations({ locale, namespace: "order" })
  const state = (key: string) => (key && t.has(`state.${key}`) ? t(`state.${key}`) : key)
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="order-status">
      <dt className="font-medium">{t("status")}</dt>
      <dd>{state(order.status)}</dd>
      <dt className="font-medium">{t("payment")}</dt>
      <dd>{state(order.paymentStatus)}</dd>
      <dt className="font-medium">{t("fulfillment")}</dt>
      <dd>{state(order.fulfillmentStatus)}</dd>
    </dl>
  )
}
