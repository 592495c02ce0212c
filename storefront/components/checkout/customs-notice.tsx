import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/format"
import type { CustomsSituation } from "@/lib/medusa/types"

/** Where the cart stands with China's cross-border limits, before the buyer pays. */
export async function CustomsNotice({ locale, customs }: { locale: string; customs: CustomsSituation }) {
  if (!customs.applies || !customs.hasCrossBorder) return null
  const t = await getTranslations({ locale, namespace: "customs" })
  const m = (amount: number) => formatMoney({ amount, currencyCode: "CNY" }, locale)
  return (
    <section
      className={`mt-4 rounded-2xl p-4 text-sm ring-1 ${customs.overOrderLimit || customs.overAnnualLimit ? "bg-red-50 ring-red-200" : "bg-white ring-ink/10"}`}
      data-testid="customs-notice"
    >
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1">{t("amount", { amount: m(customs.crossBorderAmount), limit: m(customs.orderLimit) })}</p>
      {customs.overOrderLimit && <p className="mt-1 font-medium text-red-800">{t("overOrderLimit", { excess: m(customs.orderExcess) })}</p>}
      {customs.singleIndivisibleItem && customs.orderExcess > 0 && <p className="mt-1">{t("indivisible")}</p>}
      {customs.identity && (
        <p className="mt-1">
          {t("quota", { name: customs.identity.realName, id: customs.identity.idNumber, remaining: m(customs.remainingThisYear) })}
        </p>
      )}
      {customs.overAnnualLimit && (
        <p className="mt-1 font-medium text-red-800">{t("overAnnualLimit", { limit: m(customs.annualLimit) })}</p>
      )}
      <p className="mt-2 text-xs text-ink/70">{t("rules", { orderLimit: m(customs.orderLimit), annualLimit: m(customs.annualLimit) })}</p>
    </section>
  )
}
