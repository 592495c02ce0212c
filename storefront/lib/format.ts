import type { Money } from "./medusa/types"

/**
 * Building an Intl.NumberFormat costs far more than using one (a home page formats 30-odd prices; profiled on the
 * server, the constructors were about 6% of its CPU): one formatter per locale and currency, kept.
 */
const formatters = new Map<string, Intl.NumberFormat>()

/** Money for the visitor's locale: ¥68.00 in both Chinese and English (narrow symbol, not "CN¥"). */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: money.currencyCode, currencyDisplay: "narrowSymbol" })
    formatters.set(key, formatter)
  }
  return formatter.format(money.amount)
}
