import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/format"
import type { Cart, OrderDetail } from "@/lib/medusa/types"

/** Totals exactly as the backend computed them; the cross-border tax is its own line. */
export async function Totals({ locale, totals }: { locale: string; totals: Pick<Cart | OrderDetail, "subtotal" | "shippingTotal" | "discountTotal" | "taxTotal"> & { total: Cart["total"] } }) {
  const t = await getTranslations({ locale, namespace: "cart" })
  const row = (label: string, value: string, testId: string, strong = false) => (
    <div className={`flex justify-between ${strong ? "border-t border-ink/10 pt-2 text-lg font-semibold" : ""}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  )
  return (
    <dl className="space-y-1 text-sm">
      {row(t("subtotal"), formatMoney(totals.subtotal, locale), "subtotal")}
      {totals.discountTotal.amount > 0 && row(t("discount"), `−${formatMoney(totals.discountTotal, locale)}`, "discount")}
      {row(t("shipping"), formatMoney(totals.shippingTotal, locale), "shipping")}
      {totals.taxTotal.amount > 0 && row(t("crossBorderTax"), formatMoney(totals.taxTotal, locale), "tax")}
      {row(t("total"), formatMoney(totals.total, locale), "total", true)}
    </dl>
  )
}
