/**
 * China's cross-border retail limits (docs/DOMAIN.md): per order, cross-border
 * goods plus their shipping at most RMB 5,000 unless the order is one
 * indivisible item; per ID number and calendar year at most RMB 26,000.
 * All arithmetic is in fen, so that 5,000.01 is over and 5,000.00 is not;
 * amounts leave this module in CNY (yuan, two decimals exact).
 */
import { ANNUAL_LIMIT_FEN, ORDER_LIMIT_FEN } from "@bozor/shared"

export { ANNUAL_LIMIT_FEN, ORDER_LIMIT_FEN }

export interface CustomsLine {
  quantity: number
  /** The line's value after discounts, before tax (CNY). */
  amount: number
  cross_border: boolean
  indivisible: boolean
}

export interface CustomsAssessment {
  has_cross_border: boolean
  /** Cross-border goods plus the shipping of the cross-border parcel. */
  cross_border_amount: number
  order_limit: number
  /** How much the cross-border amount is above the order limit (0 when within it). */
  order_excess: number
  single_indivisible_item: boolean
  over_order_limit: boolean
  annual_limit: number
  used_this_year: number
  remaining_this_year: number
  over_annual_limit: boolean
}

export const fen = (cny: number) => Math.round(cny * 100)
export const yuan = (fenAmount: number) => fenAmount / 100

/** China's rules count the calendar year in Beijing time (UTC+8, no daylight saving), whatever the server's zone. */
export function quotaYear(at: Date = new Date()): number {
  return new Date(at.getTime() + 8 * 3600_000).getUTCFullYear()
}

/** What is left of the annual quota after `usedFen` (never negative). */
export const remainingFen = (usedFen: number) => Math.max(0, ANNUAL_LIMIT_FEN - usedFen)

/** Whether an order of `amountFen` goes beyond the annual quota of an ID number that already used `usedFen`. */
export const overAnnualLimit = (usedFen: number, amountFen: number) => usedFen + amountFen > ANNUAL_LIMIT_FEN

export function assessCustoms(lines: CustomsLine[], crossBorderShipping: number, usedThisYear = 0): CustomsAssessment {
  const crossBorder = lines.filter((l) => l.cross_border)
  const amountFen = crossBorder.reduce((sum, l) => sum + fen(l.amount), 0) + (crossBorder.length ? fen(crossBorderShipping) : 0)
  const singleIndivisible = crossBorder.length === 1 && crossBorder[0].quantity === 1 && crossBorder[0].indivisible
  const usedFen = fen(usedThisYear)
  return {
    has_cross_border: crossBorder.length > 0,
    cross_border_amount: yuan(amountFen),
    order_limit: yuan(ORDER_LIMIT_FEN),
    order_excess: yuan(Math.max(0, amountFen - ORDER_LIMIT_FEN)),
    single_indivisible_item: singleIndivisible,
    over_order_limit: amountFen > ORDER_LIMIT_FEN && !singleIndivisible,
    annual_limit: yuan(ANNUAL_LIMIT_FEN),
    used_this_year: yuan(usedFen),
    remaining_this_year: yuan(remainingFen(usedFen)),
    over_annual_limit: overAnnualLimit(usedFen, amountFen),
  }
}
