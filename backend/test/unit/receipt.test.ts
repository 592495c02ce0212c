import { BigNumber, decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { apportion, receipt, type Receipt } from "../../src/utils/receipt"

/** A small deterministic PRNG: the same carts on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RATE_SETS = [
  [],
  [{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }],
  [{ code: "CBEC_COMPREHENSIVE", rate: 9.1 }],
  [
    { code: "CN_IMPORT_DUTY", rate: 6 },
    { code: "CN_IMPORT_VAT", rate: 13.78 },
  ],
]

/** A cart as Medusa stores it: prices in whole fen, tax lines, discounts of every kind (percentages, fixed amounts shared across lines). */
function randomCart(random: () => number) {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  const items = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => {
    const unit_price = Math.round(1 + random() * 6000 * 100) / 100
    const quantity = 1 + Math.floor(random() * 4)
    return { id: `item_${i}`, unit_price, quantity, tax_lines: pick(RATE_SETS), adjustments: [] as { code: string; amount: number }[] }
  })
  const kind = pick(["none", "percent", "fixed", "both"])
  const goods = items.reduce((sum, i) => sum + i.unit_price * i.quantity, 0)
  if (kind === "percent" || kind === "both") {
    const percent = pick([5, 10, 12, 15])
    for (const item of items) item.adjustments.push({ code: "PERCENT", amount: (item.unit_price * item.quantity * percent) / 100 })
  }
  if (kind === "fixed" || kind === "both") {
    const value = Math.min(pick([30, 200, 17.77]), goods / 2)
    for (const item of items) item.adjustments.push({ code: "FIXED", amount: (value * item.unit_price * item.quantity) / goods })
  }
  const shipping_methods = pick([
    [],
    [{ id: "sm_1", name: "Direct mail", amount: 25, tax_lines: pick(RATE_SETS), adjustments: [] }],
    [
      { id: "sm_1", name: "Direct mail", amount: 25, tax_lines: [{ code: "CBEC_COMPREHENSIVE", rate: 7.42 }], adjustments: [] },
      { id: "sm_2", name: "Pickup", amount: 0, tax_lines: [], adjustments: [] },
    ],
  ])
  return { currency_code: "cny", items, shipping_methods }
}

const fen = (cny: number) => Math.round(cny * 100)
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

function expectAddsUp(r: Receipt) {
  expect(sum(r.lines.map((l) => fen(l.subtotal)))).toBe(fen(r.item_subtotal))
  expect(sum(r.shipping.map((s) => fen(s.subtotal)))).toBe(fen(r.shipping_subtotal))
  expect(fen(r.item_subtotal) + fen(r.shipping_subtotal) - fen(r.discount_total) + fen(r.tax_total)).toBe(fen(r.total))
  expect(sum([...r.lines, ...r.shipping].map((l) => fen(l.total)))).toBe(fen(r.total))
  expect(sum(r.discounts.map((d) => fen(d.amount)))).toBe(fen(r.discount_total))
  expect(sum(r.taxes.map((t) => fen(t.amount)))).toBe(fen(r.tax_total))
  for (const l of r.lines) expect(fen(l.subtotal)).toBe(fen(l.unit_price * l.quantity))
}

describe("the receipt of a cart", () => {
  it("adds up to the fen, and stays within a fen of Medusa's own figures, for five hundred carts", () => {
    const random = prng(2026)
    for (let n = 0; n < 500; n++) {
      const cart = decorateCartTotals(randomCart(random) as never) as any
      const r = receipt(cart, "zh-CN")
      expectAddsUp(r)
      // What Medusa's Stripe provider charges: the exact decimal total in fen, rounded (getSmallestUnit).
      expect(fen(r.total)).toBe(Math.round(new BigNumber(MathBN.mult(cart.total, 100)).numeric))
      expect(Math.abs(r.discount_total - Number(cart.discount_subtotal))).toBeLessThanOrEqual(0.005 + 1e-9)
      expect(Math.abs(r.tax_total - Number(cart.tax_total))).toBeLessThanOrEqual(0.01 + 1e-9)
    }
  })

  it("shows a discount before tax beside goods before tax: 2 × ¥88 of honey, ¥8.80 off, direct mail, 6.3%", () => {
    const cart = decorateCartTotals({
      currency_code: "cny",
      items: [
        {
          id: "honey",
          unit_price: 88,
          quantity: 2,
          tax_lines: [{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }],
          adjustments: [{ code: "HONEY10", amount: 8.8 }],
        },
      ],
      shipping_methods: [
        { id: "mail", name: "跨境直邮", amount: 25, tax_lines: [{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }], adjustments: [] },
      ],
    } as never) as any
    // Medusa's discount_total folds the tax on the discount in (8.80 × 1.063): that was the −¥9.35 beside ex-tax goods.
    expect(Number(cart.discount_total)).toBeCloseTo(9.3544, 4)
    const r = receipt(cart, "en")
    expect(r).toMatchObject({ item_subtotal: 176, shipping_subtotal: 25, discount_total: 8.8, tax_total: 12.11, total: 204.31 })
    expect(r.discounts).toEqual([{ code: "HONEY10", name: "HONEY10", amount: 8.8 }])
    expect(r.taxes).toEqual([{ code: "CBEC_COMPREHENSIVE", name: "Cross-border comprehensive tax", amount: 12.11 }])
    expect(r.lines[0]).toMatchObject({ quantity: 2, unit_price: 88, subtotal: 176, discount: 8.8 })
    expectAddsUp(r)
  })

  it("names the taxes in the receipt's language", () => {
    const cart = decorateCartTotals({
      currency_code: "cny",
      items: [
        {
          id: "bag",
          unit_price: 5000,
          quantity: 1,
          tax_lines: [
            { code: "CN_IMPORT_DUTY", rate: 6 },
            { code: "CN_IMPORT_VAT", rate: 13.78 },
          ],
          adjustments: [],
        },
      ],
    } as never) as any
    expect(receipt(cart, "zh-CN").taxes).toEqual([
      { code: "CN_IMPORT_DUTY", name: "进口关税", amount: 300 },
      { code: "CN_IMPORT_VAT", name: "进口环节增值税", amount: 689 },
    ])
    expect(receipt(cart, "en").taxes.map((t) => t.name)).toEqual(["Import duty", "Import VAT"])
  })
})

describe("apportion", () => {
  it("shares a total in whole fen by largest remainder, both ways", () => {
    expect(apportion([1222.22, 1777.78], 3000)).toEqual([1222, 1778])
    expect(apportion([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33])
    expect(apportion([33.4, 33.3, 33.3], 99)).toEqual([33, 33, 33])
    expect(apportion([10.6, 10.6], 20)).toEqual([10, 10])
    expect(apportion([], 0)).toEqual([])
  })
})
