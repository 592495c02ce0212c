/**
 * China's cross-border retail limits (DESIGN.md): per order, cross-border goods
 * plus their shipping at most RMB 5,000 unless the order is one indivisible
 * item; per ID number and calendar year at most RMB 26,000. Amounts are CNY;
 * comparisons are made in fen so that 5,000.01 is over and 5,000.00 is not.
 */
export const ORDER_LIMIT_CNY = 5000
export const ANNUAL_LIMIT_CNY = 26000

export interface CustomsLine {
  quantity: number
  /** The line's value after discounts, before tax. */
  amount: number
  cross_border: boolean
  indivisible: boolean
}

export interface CustomsAssessment {
  has_cross_border: boolean
  /** Cross-border goods plus the shipping of the cross-border parcel. */
  cross_border_amount: number
  order_limit: number
  single_indivisible_item: boolean
  over_order_limit: boolean
  annual_limit: number
  used_this_year: number
  remaining_this_year: number
  over_annual_limit: boolean
}

export const fen = (cny: number) => Math.round(cny * 100)
const yuan = (fenAmount: number) => fenAmount / 100

export function assessCustoms(lines: CustomsLine[], crossBorderShipping: number, usedThisYear = 0): CustomsAssessment {
  const crossBorder = lines.filter((l) => l.cross_border)
  const amountFen = crossBorder.reduce((sum, l) => sum + fen(l.amount), 0) + (crossBorder.length ? fen(crossBorderShipping) : 0)
  const singleIndivisible = crossBorder.length === 1 && crossBorder[0].quantity === 1 && crossBorder[0].indivisible
  const usedFen = fen(usedThisYear)
  return {
    has_cross_border: crossBorder.length > 0,
    cross_border_amount: yuan(amountFen),
    order_limit: ORDER_LIMIT_CNY,
    single_indivisible_item: singleIndivisible,
    over_order_limit: amountFen > fen(ORDER_LIMIT_CNY) && !singleIndivisible,
    annual_limit: ANNUAL_LIMIT_CNY,
    used_this_year: yuan(usedFen),
    remaining_this_year: yuan(Math.max(0, fen(ANNUAL_LIMIT_CNY) - usedFen)),
    over_annual_limit: usedFen + amountFen > fen(ANNUAL_LIMIT_CNY),
  }
}
