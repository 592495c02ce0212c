import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { WaitForPayment } from "@/components/checkout/wait-for-payment"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { orderPath } from "@/lib/medusa/cart"
import { walletPaymentState } from "@/lib/medusa/payment-wait"

export const metadata: Metadata = { robots: { index: false } }

/** Payment intent states in which the buyer has paid and the order is being placed. */
const PAID = new Set(["succeeded", "processing", "requires_capture"])

/** WeChat Pay: the QR code from the payment intent's next action, and a wait for the webhook that completes the order. */
export default async function WechatPayPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "wechat" })
  const payment = await walletPaymentState(locale)
  if (payment.state === "ordered") redirect(orderPath(locale, payment.placed))
  const intent = payment.state === "waiting" ? payment.session?.data : undefined
  // Paid, and the webhook is placing the order: nothing to scan any more, only to wait.
  if (PAID.has(intent?.status)) {
    return (
      <div className="mx-auto max-w-md py-10 text-center">
        <WaitForPayment />
        <h1 className="text-2xl font-bold">{t("confirming")}</h1>
        <p className="mt-2" role="status">
          {t("waiting")}
        </p>
      </div>
    )
  }
  const qr = intent?.next_action?.wechat_pay_display_qr_code
  if (!qr) redirect(`/${locale}/checkout?step=payment`)
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <WaitForPayment />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL from the payment intent */}
      <img
        src={qr.image_data_url}
        alt={t("qrAlt")}
        width={240}
        height={240}
        className="mx-auto mt-6 rounded-xl bg-white p-2 ring-1 ring-ink/10"
        data-testid="wechat-qr"
        data-intent={payment.state === "waiting" ? payment.session?.data?.id : ""}
      />
      <p className="mt-4 text-sm text-ink/70" role="status" aria-live="polite">
        {t("waiting")}
      </p>
      <Link href={{ pathname: "/checkout", query: { step: "payment" } }} className="mt-6 inline-block text-sm underline">
        {t("otherMethod")}
      </Link>
    </div>
  )
}
