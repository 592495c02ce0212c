import { decorateCartTotals } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { formatMoney } from "@/lib/format"
import { reshapeCart, reshapeTotals } from "@/lib/medusa/reshape"
import { receipt } from "../../backend/src/utils/receipt"

/**
 * What the shop prints for a cart's totals, from the backend's receipt of carts Medusa computed: the printed figures,
 * read back as a buyer would, add up to the printed total to the fen — lines to the subtotal, and subtotal − discounts
 * + shipping + taxes to the total.
 */

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RATES = [
  [],
  [{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }],
  [{ code: "CBEC_COMPREHENSIVE", rate: 9.1 }],
  [
    { code: "CN_IMPORT_DUTY", rate: 8 },
    { code: "CN_IMPORT_VAT", rate: 14.04 },
  ],
]

function randomCart(random: () => number) {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  const items = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => {
    const unit_price = Math.round(100 + random() * 60000) / 100
    const quantity = 1 + Math.floor(random() * 3)
    const percent = pick([0, 0, 10, 12, 15])
    return {
      id: `cali_${i}`,
      unit_price,
      quantity,
      tax_lines: pick(RATES),
      adjustments: percent ? [{ code: "PROMO", amount: (unit_price * quantity * percent) / 100 }] : [],
    }
  })
  const shipping_methods = pick([[], [{ id: "casm_1", name: "Direct mail", amount: 25, tax_lines: pick(RATES), adjustments: [] }]])
  return decorateCartTotals({ currency_code: "cny", items, shipping_methods } as never) as any
}

/** A printed amount read back in fen: "¥1,299.00" → 129900. */
const readFen = (printed: string) => Math.round(Number(printed.replace(/[^\d.]/g, "")) * 100)

describe("the totals the shop prints", () => {
  it.each(["zh-CN", "en"])("add up to the printed total, to the fen, for 300 carts (%s)", (locale) => {
    const random = prng(locale.length)
    for (let n = 0; n < 300; n++) {
      const medusaCart = randomCart(random)
      const cart = reshapeCart(
        { ...medusaCart, items: medusaCart.items.map((i: any) => ({ ...i, product_title: "x" })) },
        receipt(medusaCart, locale),
      )
      const print = (m: { amount: number; currencyCode: string }) => readFen(formatMoney(m, locale))
      const lines = cart.lines.map((l) => print(l.subtotal))
      expect(lines.reduce((a, b) => a + b, 0)).toBe(print(cart.subtotal))
      const shown =
        print(cart.subtotal) -
        cart.discounts.reduce((sum, d) => sum + print(d.amount), 0) +
        print(cart.shippingTotal) +
        cart.taxes.reduce((sum, t) => sum + print(t.amount), 0)
      expect(shown).toBe(print(cart.total))
      for (const l of cart.lines) expect(print(l.subtotal)).toBe(print(l.unitPrice) * l.quantity)
    }
  })

  it("shows the discount before tax, by name, and the taxes by name", () => {
    const totals = reshapeTotals({
      currency_code: "cny",
      item_subtotal: 176,
      shipping_subtotal: 25,
      discount_total: 17.6,
      discounts: [{ code: "HONEY10", name: "洋槐蜜九折", amount: 17.6, is_automatic: false }],
      tax_total: 11.55,
      taxes: [{ code: "CBEC_COMPREHENSIVE", name: "跨境综合税", amount: 11.55 }],
      total: 194.95,
      tax_rule: { rule: "comprehensive", note: "…" },
    })
    expect(totals.discounts).toEqual([
      { code: "HONEY10", name: "洋槐蜜九折", amount: { amount: 17.6, currencyCode: "CNY" }, automatic: false },
    ])
    expect(totals.taxes[0].name).toBe("跨境综合税")
    expect(totals.taxRule).toEqual({ rule: "comprehensive", note: "…" })
  })
})
