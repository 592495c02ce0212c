import { getTranslations } from "next-intl/server"
import type { TradeData } from "@/lib/medusa/types"
import { regionName } from "@bozor/shared"

/**
 * The Chinese e-label: what the package's Chinese label says, on the page. Goods mailed across the border may carry no
 * Chinese label of their own, and the buyer's notice points here. It is Chinese on every page (the rules want it in
 * Chinese), built from the product's trade data in Chinese: the label lines the exporter wrote (name, ingredients,
 * place of origin, net content) completed by the structured facts (manufacturer, GACC number, shelf life, storage,
 * allergens) and the importer's notice.
 */
export async function ELabel({ locale, title, trade }: { locale: string; title: string; trade: TradeData }) {
  const [t, zh] = await Promise.all([
    getTranslations({ locale, namespace: "trade" }),
    getTranslations({ locale: "zh-CN", namespace: "trade" }),
  ])
  const written = labelLines(trade.labelZh)
  const crossBorder = trade.stockOrigin === "cross_border"
  const rows: [string, string | undefined][] = [
    ["品名", written.get("品名") ?? title],
    ["配料", written.get("配料")],
    ["原产国", written.get("原产国") ?? "乌兹别克斯坦"],
    ["产地", written.get("产地") ?? regionName(trade.originRegion, "zh-CN")],
    ["净含量", written.get("净含量")],
    ["生产商", trade.manufacturer || written.get("生产商")],
    ["境外生产企业注册号", trade.gaccNumber ?? undefined],
    ["保质期", written.get("保质期") ?? (trade.shelfLifeDays ? zh("days", { count: trade.shelfLifeDays }) : undefined)],
    ["贮存条件", trade.storage ?? written.get("贮存条件")],
    ["过敏原信息", trade.allergens.length ? `含${trade.allergens.map((a) => zh(`allergen.${a}`)).join("、")}` : "无"],
    ["进口商", crossBorder ? "丝路巴扎（跨境电商企业），塔什干出口仓直邮" : "丝路巴扎广州展销中心（一般贸易进口，已完税）"],
  ]
  return (
    <section className="mt-4 rounded-xl border border-ink/20 bg-saffron-50 p-3" aria-labelledby="e-label" data-testid="e-label">
      <h3 id="e-label" className="text-sm font-semibold">
        {t("eLabel")}
      </h3>
      <dl lang="zh-CN" className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-ink/70">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <p lang="zh-CN" className="mt-2 text-xs text-ink/80" data-testid="importer-notice">
        {crossBorder
          ? "本商品为跨境电商零售进口商品，仅限消费者个人自用，不得再次销售；商品原包装可能无中文标签，以本电子标签为准。"
          : "本商品经一般贸易进口并已完税，中文标签以本电子标签及包装所附中文标签为准。"}
      </p>
    </section>
  )
}

/** The exporter's label text, "键：值" a line, as a map from key to value. */
function labelLines(text: string | null): Map<string, string> {
  const lines = (text ?? "").split("\n").map((line) => line.split(/[：:]/))
  return new Map(
    lines.filter((parts) => parts.length >= 2 && parts[1].trim()).map(([key, ...value]) => [key.trim(), value.join("：").trim()]),
  )
}
