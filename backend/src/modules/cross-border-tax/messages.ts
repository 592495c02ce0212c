import { customsLocale, formatCny } from "../customs/messages"
import { yuan, ORDER_LIMIT_FEN } from "../customs/rules"
import { tariffOf } from "../trade/tariff"
import type { CrossBorderTaxBasis, TaxBasisLine } from "./rates"

/**
 * Which of China's tax rules a cart's cross-border goods fall under, and why,
 * in the buyer's language (rules in rates.ts, sources in docs/DOMAIN.md).
 */
export function taxRuleNote(locale: string | null | undefined, basis: CrossBorderTaxBasis, lines: TaxBasisLine[]): string {
  const lang = customsLocale(locale)
  const amount = formatCny(lang, basis.dutiable_value)
  const limit = formatCny(lang, yuan(ORDER_LIMIT_FEN))
  if (basis.rule === "comprehensive") {
    return lang === "zh-CN"
      ? `跨境商品及运费合计 ${amount}，未超过单笔 ${limit} 的限值：关税为 0%，进口环节增值税按法定应纳税额的 70% 征收（跨境综合税，增值税 9% 的商品为 6.3%，13% 的为 9.1%），计税价格含运费。`
      : `Cross-border goods and their shipping come to ${amount}, within China's per-order limit of ${limit}: no duty, and import VAT at 70% of the full amount (the comprehensive tax: 6.3% for goods with 9% VAT, 9.1% for 13%), on the goods and their shipping.`
  }
  const item = lines.find((l) => l.cross_border)
  if (basis.missing_tariff !== null) {
    return lang === "zh-CN"
      ? `本单仅一件不可分割商品，连同运费 ${amount}，超过单笔 ${limit} 的限值，须按一般贸易税率全额征税，但本店没有 HS 编码 ${basis.missing_tariff} 的关税税率：无法下单，请联系客服。`
      : `This order is one indivisible item that comes to ${amount} with its shipping, above the per-order limit of ${limit}, so it is taxed in full at general-trade rates; the shop has no duty rate for its HS code ${basis.missing_tariff}, so it cannot be ordered: please contact us.`
  }
  const duty = tariffOf(item?.hs_code)?.duty ?? 0
  const vat = item?.vat_rate ?? 0
  return lang === "zh-CN"
    ? `本单仅一件不可分割商品，连同运费 ${amount}，超过单笔 ${limit} 的限值：依据财关税〔2018〕49号，仍可通过跨境零售进口，但不享受 70% 的优惠，按一般贸易全额征收关税（${duty}%）和进口环节增值税（${vat}%，以含关税的价格计征），计税价格含运费。`
    : `This order is one indivisible item that comes to ${amount} with its shipping, above the per-order limit of ${limit}: under 财关税〔2018〕49号 it may still come as a cross-border order, but without the 70% rate: duty (${duty}%) and import VAT (${vat}%, on the value plus duty) are charged in full, as for general trade, on the item and its shipping.`
}
