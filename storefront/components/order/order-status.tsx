import { getTranslations } from "next-intl/server"
import type { OrderDetail } from "@/lib/medusa/types"

/** Payment states of an order paid at the centre before staff take the money. */
const UNPAID_AT_CENTRE = new Set(["not_paid", "awaiting", "authorized"])

/**
 * An order's payment in the page's language. Paying at the counter "authorizes" the order in Medusa: the buyer has
 * not paid yet, and must not read "authorized" or "paid". `state` words Medusa's payment states.
 */
export function paymentLabel(
  t: { (key: string): string },
  state: (key: string) => string,
  paymentStatus: string,
  payAtCentre: boolean | null | undefined,
): string {
  return payAtCentre && UNPAID_AT_CENTRE.has(paymentStatus) ? t("payAtCentre") : state(paymentStatus)
}

/**
 * Where an order stands: its status, payment and delivery, in the page's language; a pickup's progress in a
 * pickup's words (ready to collect, collected); each parcel's waybill once an operator shipped it.
 */
export async function OrderStatus({
  locale,
  order,
}: {
  locale: string
  order: Pick<OrderDetail, "status" | "paymentStatus" | "fulfillmentStatus" | "delivery">
}) {
  const t = await getTranslations({ locale, namespace: "order" })
  const state = (key: string) => (key && t.has(`state.${key}`) ? t(`state.${key}`) : key)
  const pickupOnly = !!order.delivery?.pickup && !order.delivery.parcel
  const fulfilment =
    pickupOnly && t.has(`pickupState.${order.fulfillmentStatus}`)
      ? t(`pickupState.${order.fulfillmentStatus}`)
      : state(order.fulfillmentStatus)
  const waybills = order.delivery?.waybills ?? []
  const payment = paymentLabel(t, state, order.paymentStatus, order.delivery?.payAtCentre)
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="order-status">
      <dt className="font-medium">{t("status")}</dt>
      <dd data-testid="order-state">{state(order.status)}</dd>
      <dt className="font-medium">{t("payment")}</dt>
      <dd data-testid="payment-state">{payment}</dd>
      <dt className="font-medium">{pickupOnly ? t("pickup") : t("fulfillment")}</dt>
      <dd data-testid="fulfillment-state">{fulfilment}</dd>
      {waybills.length > 0 && (
        <>
          <dt className="font-medium">{t("waybill")}</dt>
          <dd data-testid="waybills">
            {waybills.map((w) => (
              <span key={w.trackingNumber} className="mr-3 inline-block font-mono" data-testid="waybill">
                {w.trackingUrl ? (
                  <a href={w.trackingUrl} className="underline" rel="noopener noreferrer" target="_blank">
                    {w.trackingNumber}
                  </a>
                ) : (
                  w.trackingNumber
                )}
              </span>
            ))}
          </dd>
        </>
      )}
    </dl>
  )
}
