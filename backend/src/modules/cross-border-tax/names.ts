import { customsLocale } from "../customs/messages"

/**
 * The taxes a cross-border parcel can carry, by the code of their tax lines,
 * and their names in the shop's languages: the one place the cart's tax lines,
 * the shop's totals and the order e-mail take a tax's name from.
 */
export const TAX_CODES = {
  /** 跨境电商综合税: within the limits, duty 0% and 70% of import VAT and consumption tax. */
  comprehensive: "CBEC_COMPREHENSIVE",
  /** General-trade taxes, for one indivisible item over the per-order limit. */
  duty: "CN_IMPORT_DUTY",
  consumption: "CN_IMPORT_CONSUMPTION_TAX",
  vat: "CN_IMPORT_VAT",
} as const
type TaxCode = (typeof TAX_CODES)[keyof typeof TAX_CODES]

const NAMES: Record<TaxCode, { "zh-CN": string; en: string }> = {
  CBEC_COMPREHENSIVE: { "zh-CN": "跨境综合税", en: "Cross-border comprehensive tax" },
  CN_IMPORT_DUTY: { "zh-CN": "进口关税", en: "Import duty" },
  CN_IMPORT_CONSUMPTION_TAX: { "zh-CN": "进口环节消费税", en: "Import consumption tax" },
  CN_IMPORT_VAT: { "zh-CN": "进口环节增值税", en: "Import VAT" },
}

/** A tax's name in the locale (zh-CN unless English is asked for); an unknown code is shown as it is. */
export function taxName(code: string, locale: string | null | undefined): string {
  return NAMES[code as TaxCode]?.[customsLocale(locale)] ?? code
}
