import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { storeClient } from "../helpers"
import { adminClient, cartWith, checkout, completionFailure, createTestProduct, declareCustoms, newIdNumber, pay, type Sdk } from "../shop"

/**
 * China's tax on cross-border retail (财关税〔2018〕49号): the comprehensive tax on goods and their freight within the
 * limits; one indivisible item whose dutiable value (goods plus freight) is over ¥5,000 pays duty by its HS code and
 * import VAT in full.
 */

let en: Sdk
beforeAll(() => {
  en = storeClient("en")
})
const products: string[] = []
afterAll(async () => {
  const admin = await adminClient()
  for (const id of products) await admin.admin.product.delete(id)
})

async function product(input: Parameters<typeof createTestProduct>[0]) {
  const p = await createTestProduct(input)
  products.push(p.productId)
  return p.variantId
}

const totalsOf = (cartId: string) => en.client.fetch<{ totals: any }>(`/store/carts/${cartId}/totals`).then((r) => r.totals)
const taxLinesOf = async (cartId: string) => {
  const { cart } = await en.store.cart.retrieve(cartId, {
    fields:
      "items.tax_lines.code,items.tax_lines.rate,shipping_methods.tax_lines.code,shipping_methods.tax_lines.rate,shipping_methods.amount",
  })
  // By code: Medusa returns a line's tax lines in no promised order (a CI run once read VAT before duty).
  const lines = (xs: any[] | undefined) =>
    (xs ?? [])
      .map((t) => ({ code: t.code as string, rate: Math.round(Number(t.rate) * 1e4) / 1e4 }))
      .sort((a, b) => a.code.localeCompare(b.code))
  return {
    items: cart.items!.map((i: any) => lines(i.tax_lines)),
    shipping: (cart.shipping_methods ?? []).map((m: any) => lines(m.tax_lines)),
  }
}

describe("the freight is taxed with its goods", () => {
  it("2 × ¥88 of acacia honey and ¥25 of direct mail: 6.3% of ¥201 = ¥12.66", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey", quantity: 2 }], { locale: "en" })
    const { shipping } = await taxLinesOf(cartId)
    expect(shipping).toEqual([[{ code: "CBEC_COMPREHENSIVE", rate: 6.3 }]])
    expect(await totalsOf(cartId)).toMatchObject({ item_subtotal: 176, shipping_subtotal: 25, tax_total: 12.66, total: 213.66 })
  })
})

describe("one indivisible item over ¥5,000 pays general-trade taxes", () => {
  // A leather case (HS 4202.11: 6% MFN duty, 13% VAT); direct mail is free above ¥299, so the dutiable value is the price.
  const bag = (price: number) => product({ title: `case-${price}`, price, vat_rate: 13, indivisible: true, hs_code: "4202119090" })

  it("¥5,000.00 is within the limit: 9.1% comprehensive tax", async () => {
    const cartId = await cartWith(en, [{ variant_id: await bag(5000) }], { locale: "en" })
    expect((await taxLinesOf(cartId)).items).toEqual([[{ code: "CBEC_COMPREHENSIVE", rate: 9.1 }]])
    const totals = await totalsOf(cartId)
    expect(totals).toMatchObject({ tax_total: 455, total: 5455 })
    expect(totals.tax_rule).toMatchObject({ rule: "comprehensive", dutiable_value: 5000 })
  })

  it("¥5,000.01: duty 6% and import VAT 13% on value plus duty, in full, explained to the buyer", async () => {
    const cartId = await cartWith(en, [{ variant_id: await bag(5000.01) }], { locale: "en" })
    expect((await taxLinesOf(cartId)).items).toEqual([
      [
        { code: "CN_IMPORT_DUTY", rate: 6 },
        { code: "CN_IMPORT_VAT", rate: 13.78 },
      ],
    ])
    const totals = await totalsOf(cartId)
    // 5,000.01 × 6% = 300.0006; × 13.78% = 689.0014 → 989.00
    expect(totals).toMatchObject({ tax_total: 989, total: 5989.01 })
    expect(totals.taxes).toEqual([
      { code: "CN_IMPORT_DUTY", name: "Import duty", amount: 300 },
      { code: "CN_IMPORT_VAT", name: "Import VAT", amount: 689 },
    ])
    expect(totals.tax_rule.rule).toBe("general_trade")
    expect(totals.tax_rule.note).toContain("财关税〔2018〕49号")
    expect(totals.tax_rule.note).toContain("duty (6%) and import VAT (13%")

    const order = await checkout(en, cartId, { real_name: "周杰", id_number: newIdNumber("male") })
    expect(Number(order.tax_total)).toBeCloseTo(989.0, 2)
  })

  it("recomputes every line when the cart changes: the case left alone goes back to general-trade rates", async () => {
    const caseVariant = await bag(5200)
    const cartId = await cartWith(en, [{ variant_id: caseVariant }, { handle: "white-acacia-honey" }], { locale: "en" })
    // Two items: the comprehensive rate (and the order would be refused over ¥5,000).
    expect((await taxLinesOf(cartId)).items.flat().map((t) => t.code)).toEqual(["CBEC_COMPREHENSIVE", "CBEC_COMPREHENSIVE"])
    const { cart } = await en.store.cart.retrieve(cartId, { fields: "items.id,items.variant_id" })
    await en.store.cart.deleteLineItem(cartId, cart.items!.find((i: any) => i.variant_id !== caseVariant)!.id)
    expect((await taxLinesOf(cartId)).items).toEqual([
      [
        { code: "CN_IMPORT_DUTY", rate: 6 },
        { code: "CN_IMPORT_VAT", rate: 13.78 },
      ],
    ])
  })

  it("refuses an item over the limit whose HS code has no duty rate in the shop's table", async () => {
    const unknown = await product({ title: "unknown-hs", price: 6000, vat_rate: 13, indivisible: true, hs_code: "9701100000" })
    const cartId = await cartWith(en, [{ variant_id: unknown }], { locale: "en" })
    await declareCustoms(en, cartId, { real_name: "周杰", id_number: newIdNumber("male") })
    await pay(en, cartId)
    const error = await completionFailure(en, cartId)
    expect(error.message).toContain("no duty rate for its HS code 9701100000")
  })
})
