import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { WaitForPayment } from "@/components/checkout/wait-for-payment"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { orderPath } from "@/lib/medusa/cart"
import { walletPaymentState } from "@/lib/medusa/payment-wait"

export const metadata: Metadata = { robots: { index: false } }

/** Back from Alipay: wait for the webhook to complete the order, or explain that the payment did not go through. */
export default async function PaymentReturnPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ redirect_status?: string }>
}) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "wechat" })
  const failed = (await searchParams).redirect_status === "failed"
  const payment = await walletPaymentState(locale)
  if (payment.state === "ordered") redirect(orderPath(locale, payment.placed))
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      {failed ? (
        <>
          <h1 className="text-2xl font-bold">{t("failedTitle")}</h1>
          <p className="mt-2" role="alert">
            {t("failed")}
          </p>
          <Link
            href={{ pathname: "/checkout", query: { step: "payment" } }}
            className="mt-6 inline-block rounded-full bg-lapis-800 px-5 py-2.5 text-white"
          >
            {t("otherMethod")}
          </Link>
        </>
      ) : (
        <>
          <WaitForPayment />
          <h1 className="text-2xl font-bold">{t("confirming")}</h1>
          <p className="mt-2" role="status">
            {t("waiting")}
          </p>
        </>
      )}
    </div>
  )
}
