import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { TradeData } from "@/lib/medusa/types"
import { regionName } from "@bozor/shared"

/**
 * What China's rules want on a food listing, and how the goods reach the buyer with the time each way takes.
 * `label` is the Chinese e-label, which the cross-border notice below refers to.
 */
export async function TradeFacts({ locale, trade, label }: { locale: string; trade: TradeData; label?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "trade" })
  const rows: [string, string][] = [
    [t("origin"), regionName(trade.originRegion, locale)],
    [t("manufacturer"), trade.manufacturer],
    ...(trade.gaccNumber ? [[t("gacc"), trade.gaccNumber] as [string, string]] : []),
    ...(trade.shelfLifeDays ? [[t("shelfLife"), t("days", { count: trade.shelfLifeDays })] as [string, string]] : []),
    ...(trade.storage ? [[t("storage"), trade.storage] as [string, string]] : []),
    [t("allergens"), trade.allergens.length ? trade.allergens.map((a) => t(`allergen.${a}`)).join(", ") : t("none")],
    ...(trade.certificates.length
      ? [[t("certificates"), trade.certificates.map((c) => t(`certificate.${c}`)).join(", ")] as [string, string]]
      : []),
  ]
  return (
    <section className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-ink/10" aria-labelledby="trade-facts">
      <h2 id="trade-facts" className="text-base font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-ink/70">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 text-sm font-semibold">{t("delivery")}</h3>
      <ul className="mt-1 space-y-1 text-sm" data-testid="delivery-modes">
        {trade.fulfilmentModes.map((mode) => (
          <li key={mode}>
            <span className="font-medium">{t(`modes.${mode}.name`)}</span> — {t(`modes.${mode}.estimate`)}
          </li>
        ))}
      </ul>
      {label}
      {trade.stockOrigin === "cross_border" && <p className="mt-3 text-xs text-ink/70">{t("crossBorderNotice")}</p>}
    </section>
  )
}
