import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/format"
import type { Totals as ShopTotals } from "@/lib/medusa/types"

/**
 * The backend's totals, each figure as it computed it (in whole fen): goods,
 * each discount under its promotion's name, shipping, each tax under its name
 * (the cross-border comprehensive tax, or duty and import VAT), and the total
 * they add up to. Below, which of China's tax rules applies and why.
 */
export async function Totals({ locale, totals }: { locale: string; totals: ShopTotals }) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const row = (label: string, value: string, testId: string, strong = false) => (
    <div
      key={`${testId}-${label}`}
      className={`flex justify-between gap-3 ${strong ? "border-t border-ink/10 pt-2 text-lg font-semibold" : ""}`}
      data-testid={`${testId}-row`}
    >
      <dt>{label}</dt>
      <dd data-testid={testId} className="shrink-0 tabular-nums">
        {value}
      </dd>
    </div>
  )
  return (
    <div>
      <dl className="space-y-1 text-sm" data-testid="totals">
        {row(t("subtotal"), formatMoney(totals.subtotal, locale), "subtotal")}
        {totals.discounts.map((d) => row(d.name, `−${formatMoney(d.amount, locale)}`, "discount"))}
        {row(t("shipping"), formatMoney(totals.shippingTotal, locale), "shipping")}
        {totals.taxes.map((x) => row(x.name, formatMoney(x.amount, locale), "tax"))}
        {row(t("total"), formatMoney(totals.total, locale), "total", true)}
      </dl>
      {totals.taxRule && (
        <p className="mt-2 text-xs text-ink/70" data-testid="tax-rule" data-rule={totals.taxRule.rule}>
          {totals.taxRule.note}
        </p>
      )}
    </div>
  )
}
