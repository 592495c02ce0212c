import type { Money } from "./medusa/types"

/** Money for the visitor's locale: ¥68.00 in both Chinese and English (narrow symbol, not "CN¥"). */
export function formatMoney(money: Money, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: money.currencyCode,
    currencyDisplay: "narrowSymbol",
  }).format(money.amount)
}
