import { assessCustoms, fen, ORDER_LIMIT_FEN, yuan, type CustomsLine } from "../customs/rules"
import { tariffOf, type Tariff } from "../trade/tariff"
import { TAX_CODES } from "./names"

/**
 * Which taxes a cross-border parcel pays (sources in docs/DOMAIN.md):
 *
 * - within the limits (财关税〔2016〕18号 art. 2, limits of 财关税〔2018〕49号 art. 1): duty 0%, import VAT and
 *   consumption tax at 70% of what general trade pays — the "comprehensive tax", 6.3% for 9% VAT goods and 9.1% for
 *   13% VAT goods;
 * - one indivisible item whose dutiable value is over the per-order limit (49号 art. 2): everything in full at
 *   general-trade rates — duty by its HS code, consumption tax where one applies, and import VAT.
 *
 * The dutiable value (完税价格) of cross-border retail goods is their transaction price including freight and
 * insurance (18号 art. 1): the parcel's shipping is taxed with its goods, at their rates, shared among them by value.
 * Rates are percentages of the taxed amount, as Medusa's tax lines carry them.
 */
export type TaxRule = "comprehensive" | "general_trade"

export interface TaxRate {
  code: string
  rate: number
}

/** Rates in percent, kept to a millionth so that 70% of 9 is 6.3 and not 6.300000000000001. */
const percent = (fraction: number) => Math.round(fraction * 100 * 1e6) / 1e6

/** 70% of the VAT rate: the comprehensive tax of goods with no consumption tax (9% → 6.3%, 13% → 9.1%). */
export const comprehensiveRate = (vatRate: number) => percent((0.7 * vatRate) / 100)

/**
 * Consumption tax is levied on a base that includes itself (组成计税价格 = (value + duty) / (1 − c)), and VAT on
 * value + duty + consumption tax: as rates of the value, duty d, consumption c·(1+d)/(1−c), VAT v·(1+d)/(1−c).
 */
function fullRates(vatRate: number, tariff: Tariff) {
  const d = tariff.duty / 100
  const c = tariff.consumption / 100
  const base = (1 + d) / (1 - c)
  return { duty: d, consumption: c * base, vat: (vatRate / 100) * base }
}

export function comprehensiveRates(vatRate: number, tariff: Pick<Tariff, "consumption"> = { consumption: 0 }): TaxRate[] {
  const { consumption, vat } = fullRates(vatRate, { duty: 0, consumption: tariff.consumption })
  return [{ code: TAX_CODES.comprehensive, rate: percent(0.7 * (consumption + vat)) }]
}

export function generalTradeRates(vatRate: number, tariff: Tariff): TaxRate[] {
  const { duty, consumption, vat } = fullRates(vatRate, tariff)
  return [
    ...(duty > 0 ? [{ code: TAX_CODES.duty, rate: percent(duty) }] : []),
    ...(consumption > 0 ? [{ code: TAX_CODES.consumption, rate: percent(consumption) }] : []),
    { code: TAX_CODES.vat, rate: percent(vat) },
  ]
}

export interface TaxBasisLine extends CustomsLine {
  item_id: string
  vat_rate: number
  hs_code: string | null
}

/** A shipping method that carries the cross-border parcel, with its amount after discounts (CNY). */
export interface TaxBasisParcel {
  shipping_method_id: string
  amount: number
}

/** What the tax provider needs to tax a cart's cross-border goods and their freight (JSON: it travels as tax context). */
export interface CrossBorderTaxBasis {
  rule: TaxRule
  /** Cross-border goods after discounts plus their freight (CNY). */
  dutiable_value: number
  /** The HS code of an item that must be taxed at general-trade rates but has no duty rate in the tariff table. */
  missing_tariff: string | null
  items: Record<string, TaxRate[]>
  shipping: Record<string, TaxRate[]>
}

/** Freight is taxed with the goods it carries: each good's rates, weighted by its share of the parcel's value. */
function freightRates(lines: { amount: number; rates: TaxRate[] }[]): TaxRate[] {
  const total = lines.reduce((sum, l) => sum + Math.max(0, l.amount), 0)
  const byCode = new Map<string, number>()
  for (const line of lines) {
    const share = total > 0 ? Math.max(0, line.amount) / total : 1 / lines.length
    for (const r of line.rates) byCode.set(r.code, (byCode.get(r.code) ?? 0) + r.rate * share)
  }
  return [...byCode].map(([code, rate]) => ({ code, rate: Math.round(rate * 1e6) / 1e6 }))
}

export function crossBorderTaxBasis(lines: TaxBasisLine[], parcels: TaxBasisParcel[]): CrossBorderTaxBasis {
  const freight = parcels.reduce((sum, p) => sum + p.amount, 0)
  const assessment = assessCustoms(lines, freight)
  const dutiableFen = fen(assessment.cross_border_amount)
  const rule: TaxRule = assessment.single_indivisible_item && dutiableFen > ORDER_LIMIT_FEN ? "general_trade" : "comprehensive"
  let missing: string | null = null
  const taxed = lines
    .filter((l) => l.cross_border)
    .map((l) => {
      const tariff = tariffOf(l.hs_code)
      if (rule === "general_trade" && !tariff) missing = l.hs_code ?? ""
      const rates =
        rule === "general_trade"
          ? tariff
            ? generalTradeRates(l.vat_rate, tariff)
            : []
          : comprehensiveRates(l.vat_rate, tariff ?? undefined)
      return { ...l, rates }
    })
  const parcelRates = taxed.length ? freightRates(taxed) : []
  return {
    rule,
    dutiable_value: yuan(dutiableFen),
    missing_tariff: missing,
    items: Object.fromEntries(taxed.map((l) => [l.item_id, l.rates])),
    shipping: Object.fromEntries(parcels.map((p) => [p.shipping_method_id, parcelRates])),
  }
}
