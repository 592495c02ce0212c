import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { storeClient } from "../helpers"
import { adminClient, cartWith, checkout, newCustomer, newIdNumber, type Sdk } from "../shop"

/**
 * The figures the shop shows for a cart and an order (GET /store/carts/:id/totals, the order's `totals`): whole
 * fen, lines that sum to the subtotal, and subtotal + shipping − discounts + taxes = the total the payment charges.
 */

let en: Sdk
let zh: Sdk
const promotionIds: string[] = []
let honey10 = ""
beforeAll(async () => {
  en = storeClient("en")
  zh = storeClient("zh-CN")
  // 10% off white acacia honey: a percentage discount on a cross-border line that pays tax after it.
  const admin = await adminClient()
  const { products } = await en.store.product.list({ handle: "white-acacia-honey", fields: "id" })
  honey10 = `HONEY10-${Date.now()}`
  const { promotion } = await admin.admin.promotion.create({
    code: honey10,
    type: "standard",
    status: "active",
    metadata: { name: { en: "Acacia honey: 10 % off", "zh-CN": "洋槐蜜九折" } },
    application_method: {
      type: "percentage",
      value: 10,
      target_type: "items",
      allocation: "across",
      target_rules: [{ attribute: "items.product.id", operator: "in", values: [products[0].id] }],
    },
  } as any)
  promotionIds.push(promotion.id)
})
afterAll(async () => {
  const admin = await adminClient()
  for (const id of promotionIds) await admin.admin.promotion.delete(id)
})

const fen = (cny: number) => Math.round(cny * 100)
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

const totalsOf = (sdk: Sdk, cartId: string) => sdk.client.fetch<{ totals: any }>(`/store/carts/${cartId}/totals`).then((r) => r.totals)

/** The figures add up to the fen, and the total is what Medusa charges. */
async function expectAddsUp(sdk: Sdk, cartId: string) {
  const totals = await totalsOf(sdk, cartId)
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "total,tax_total,discount_subtotal" })
  expect(sum(totals.lines.map((l: any) => fen(l.subtotal)))).toBe(fen(totals.item_subtotal))
  for (const l of totals.lines) expect(fen(l.subtotal)).toBe(fen(l.unit_price) * l.quantity)
  expect(fen(totals.item_subtotal) + fen(totals.shipping_subtotal) - fen(totals.discount_total) + fen(totals.tax_total)).toBe(
    fen(totals.total),
  )
  expect(sum(totals.discounts.map((d: any) => fen(d.amount)))).toBe(fen(totals.discount_total))
  expect(sum(totals.taxes.map((t: any) => fen(t.amount)))).toBe(fen(totals.tax_total))
  expect(fen(totals.total)).toBe(Math.round(Number(cart.total) * 100))
  expect(Math.abs(totals.tax_total - Number(cart.tax_total))).toBeLessThanOrEqual(0.01)
  expect(Math.abs(totals.discount_total - Number(cart.discount_subtotal))).toBeLessThanOrEqual(0.01)
  return totals
}

describe("cart totals as the shop shows them", () => {
  it("2 × ¥88 of acacia honey, 10 % off, direct mail: the discount before tax, the tax on goods and freight", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey", quantity: 2 }], { locale: "en" })
    await en.client.fetch(`/store/carts/${cartId}/promotion-codes`, { method: "POST", body: { code: honey10 } })
    const totals = await expectAddsUp(en, cartId)
    // 176 − 17.60 + 25 shipping, and 6.3% of (158.40 + 25) = 11.55
    expect(totals).toMatchObject({ item_subtotal: 176, shipping_subtotal: 25, discount_total: 17.6, tax_total: 11.55, total: 194.95 })
    expect(totals.discounts).toEqual([{ code: honey10, name: "Acacia honey: 10 % off", amount: 17.6, is_automatic: false }])
    expect(totals.taxes).toEqual([{ code: "CBEC_COMPREHENSIVE", name: "Cross-border comprehensive tax", amount: 11.55 }])
    expect(totals.lines[0]).toMatchObject({ quantity: 2, unit_price: 88, subtotal: 176, cross_border: true })
    expect(totals.tax_rule).toMatchObject({ rule: "comprehensive", dutiable_value: 183.4 })
  })

  it.each([
    ["domestic goods only, picked up", [{ handle: "sheep-milk-qurt", quantity: 3 }], null],
    [
      "cross-border and domestic goods with both deliveries",
      [
        { handle: "chust-thin-shell-walnuts", quantity: 3 },
        { handle: "zaamin-mountain-honey", quantity: 1 },
        { handle: "andijan-plain-derby" },
      ],
      null,
    ],
    [
      "FIRSTORDER across mixed goods",
      [
        { handle: "white-acacia-honey", quantity: 1 },
        { handle: "zaamin-mountain-honey", quantity: 2 },
      ],
      "FIRSTORDER",
    ],
    ["no shipping chosen yet", [{ handle: "chimgan-highland-honey", quantity: 7 }], null],
  ] as const)("adds up to the fen: %s", async (name, lines, code) => {
    // FIRSTORDER needs an account.
    const customer = code ? await newCustomer("zh-CN") : null
    const sdk = customer?.sdk ?? zh
    const cartId = await cartWith(sdk, lines as any, {
      locale: "zh-CN",
      shipping: name !== "no shipping chosen yet",
      email: customer?.email,
    })
    if (code) await sdk.client.fetch(`/store/carts/${cartId}/promotion-codes`, { method: "POST", body: { code } })
    const totals = await expectAddsUp(sdk, cartId)
    if (code) expect(totals.discount_total).toBe(30)
  })

  it("names the tax in the cart's language on its tax lines, and in the reader's language in the totals", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey" }], { locale: "en" })
    const { cart } = await en.store.cart.retrieve(cartId, { fields: "items.tax_lines.description,shipping_methods.tax_lines.description" })
    expect(cart.items![0].tax_lines![0].description).toBe("Cross-border comprehensive tax")
    expect((cart.shipping_methods![0] as any).tax_lines[0].description).toBe("Cross-border comprehensive tax")
    expect((await totalsOf(zh, cartId)).taxes[0].name).toBe("跨境综合税")
  })

  it("an order has the same figures as the cart it came from, for its owner", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey", quantity: 3 }, { handle: "sheep-milk-qurt" }], { locale: "en" })
    const before = await expectAddsUp(en, cartId)
    const order = await checkout(en, cartId, { real_name: "陈静", id_number: newIdNumber() })
    const { access_token } = await en.client.fetch<{ access_token: string }>(`/store/carts/${cartId}/order`)
    const { totals } = await en.client.fetch<{ totals: any }>(`/store/orders/${order.id}`, { headers: { "x-order-access": access_token } })
    for (const key of ["item_subtotal", "shipping_subtotal", "discount_total", "tax_total", "total"]) expect(totals[key]).toBe(before[key])
    expect(totals.lines.map((l: any) => l.subtotal).sort()).toEqual(before.lines.map((l: any) => l.subtotal).sort())
    expect(Math.round(Number(order.total) * 100)).toBe(fen(totals.total))
  })
})
