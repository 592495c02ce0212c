import { describe, expect, it } from "vitest"
import { ANNUAL_LIMIT_FEN, assessCustoms, overAnnualLimit } from "../../src/modules/customs/rules"
import { comprehensiveRate } from "../../src/modules/cross-border-tax/service"

const line = (amount: number, over: Partial<{ quantity: number; cross_border: boolean; indivisible: boolean }> = {}) => ({
  quantity: 1,
  amount,
  cross_border: true,
  indivisible: false,
  ...over,
})

describe("China's cross-border limits", () => {
  it("allows exactly RMB 5,000 of cross-border goods and shipping, refuses 5,000.01", () => {
    expect(assessCustoms([line(4975)], 25).over_order_limit).toBe(false)
    expect(assessCustoms([line(4975.01)], 25).over_order_limit).toBe(true)
    expect(assessCustoms([line(4975.01)], 25).cross_border_amount).toBe(5000.01)
  })

  it("counts only cross-border lines, and their shipping only when there are any", () => {
    const a = assessCustoms([line(3000), line(4000, { cross_border: false })], 25)
    expect(a.cross_border_amount).toBe(3025)
    expect(a.over_order_limit).toBe(false)
    expect(assessCustoms([line(9000, { cross_border: false })], 25)).toMatchObject({ has_cross_border: false, cross_border_amount: 0 })
  })

  it("lets one indivisible item exceed the per-order limit, but not two of them", () => {
    expect(assessCustoms([line(6800, { indivisible: true })], 0).over_order_limit).toBe(false)
    expect(assessCustoms([line(13600, { indivisible: true, quantity: 2 })], 0).over_order_limit).toBe(true)
    expect(assessCustoms([line(6800, { indivisible: true }), line(10)], 0).over_order_limit).toBe(true)
  })

  it("refuses the order that crosses RMB 26,000 in a year, to the fen", () => {
    expect(assessCustoms([line(1000)], 0, 25000).over_annual_limit).toBe(false)
    expect(assessCustoms([line(1000.01)], 0, 25000).over_annual_limit).toBe(true)
    expect(assessCustoms([line(10)], 0, 25000).remaining_this_year).toBe(1000)
  })

  it("judges the annual limit in fen the same way at completion as in the cart's assessment", () => {
    expect(overAnnualLimit(ANNUAL_LIMIT_FEN - 100_000, 100_000)).toBe(false)
    expect(overAnnualLimit(ANNUAL_LIMIT_FEN - 100_000, 100_001)).toBe(true)
    expect(overAnnualLimit(0, ANNUAL_LIMIT_FEN + 1)).toBe(true)
  })

  it("taxes 9% VAT goods at 6.3% and 13% VAT goods at 9.1%", () => {
    expect(comprehensiveRate(9)).toBe(6.3)
    expect(comprehensiveRate(13)).toBe(9.1)
  })
})
