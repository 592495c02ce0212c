import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { storeClient } from "../helpers"
import { adminClient, apiError, cartWith, chinaRegionId, createTestProduct, type Sdk } from "../shop"

/** What a cart derives from its goods follows them: shipping methods go with the goods they carried; quantities have limits. */

let en: Sdk
let zh: Sdk
beforeAll(() => {
  en = storeClient("en")
  zh = storeClient("zh-CN")
})

const products: string[] = []
afterAll(async () => {
  const admin = await adminClient()
  for (const id of products) await admin.admin.product.delete(id)
})

const cartOf = (sdk: Sdk, id: string) =>
  sdk.store.cart
    .retrieve(id, { fields: "total,items.id,items.product_handle,shipping_methods.name,shipping_methods.amount" })
    .then((r) => r.cart)

describe("shipping methods follow the goods", () => {
  it("the ¥25 parcel goes when the cross-border goods leave: an emptied cart totals ¥0", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey" }])
    let cart = await cartOf(en, cartId)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(Number(cart.shipping_methods![0].amount)).toBe(25)

    await en.store.cart.deleteLineItem(cartId, cart.items![0].id)
    cart = await cartOf(en, cartId)
    expect(cart.items).toHaveLength(0)
    expect(cart.shipping_methods).toHaveLength(0)
    expect(Number(cart.total)).toBe(0)
  })

  it("a mixed cart keeps the pickup for its Guangzhou goods and loses the parcel", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey" }, { handle: "sheep-milk-qurt" }])
    let cart = await cartOf(en, cartId)
    expect(cart.shipping_methods).toHaveLength(2)
    const honey = cart.items!.find((i: any) => i.product_handle === "white-acacia-honey")!
    await en.store.cart.deleteLineItem(cartId, honey.id)
    cart = await cartOf(en, cartId)
    expect(cart.shipping_methods).toHaveLength(1)
    expect(Number(cart.shipping_methods![0].amount)).toBe(0)
    // The qurt and its pickup: no parcel, no cross-border tax.
    const { totals } = await en.client.fetch<{ totals: any }>(`/store/carts/${cartId}/totals`)
    expect(totals).toMatchObject({ shipping_subtotal: 0, tax_total: 0, total: totals.item_subtotal })
  })
})

describe("quantities", () => {
  let variantId: string
  beforeAll(async () => {
    // No stock tracking: nothing but the quantity rule stands between a forged request and the cart.
    const product = await createTestProduct({ title: "quantity", price: 10 })
    products.push(product.productId)
    variantId = product.variantId
  })

  it.each([[99999], [100], [2.5]])("refuses %s with a 400 naming the field and the limit", async (quantity) => {
    const { cart } = await en.store.cart.create({ region_id: await chinaRegionId(en) } as any)
    const error = await apiError(en.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }))
    expect(error.status).toBe(400)
    expect(error.message).toBe(`quantity: must be a whole number from 1 to 99; ${quantity} was sent.`)
    expect((await cartOf(en, cart.id)).items).toHaveLength(0)
  })

  it.each([[0], [-5]])("refuses %s with a 400 naming the field (Medusa's own check, which runs first)", async (quantity) => {
    const { cart } = await en.store.cart.create({ region_id: await chinaRegionId(en) } as any)
    const error = await apiError(en.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/'quantity'/)
    expect((await cartOf(en, cart.id)).items).toHaveLength(0)
  })

  it("lets a line go to 99 and to 0 (removed), not beyond, and says so in Chinese", async () => {
    const { cart } = await zh.store.cart.create({ region_id: await chinaRegionId(zh) } as any)
    const { cart: withLine } = await zh.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: 99 })
    const lineId = withLine.items![0].id
    const error = await apiError(zh.store.cart.updateLineItem(cart.id, lineId, { quantity: 100 }))
    expect(error).toEqual({ status: 400, message: "数量（quantity）：应为 0 至 99 的整数，收到的是 100。" })
    await zh.store.cart.updateLineItem(cart.id, lineId, { quantity: 0 })
    expect((await cartOf(zh, cart.id)).items).toHaveLength(0)
  })
})

describe("payment sessions", () => {
  it("on a payment collection that does not exist: a 404 naming it, in the buyer's language, not a 500", async () => {
    const body = { provider_id: "pp_system_default" }
    const en404 = await apiError(en.client.fetch("/store/payment-collections/pay_col_nothing/payment-sessions", { method: "POST", body }))
    expect(en404).toEqual({ status: 404, message: 'payment_collection: there is no payment collection "pay_col_nothing".' })
    const zh404 = await apiError(zh.client.fetch("/store/payment-collections/undefined/payment-sessions", { method: "POST", body }))
    expect(zh404).toEqual({ status: 404, message: '支付单（payment_collection）：没有编号为 "undefined" 的支付单。' })
  })

  it("on one that exists: opened as before", async () => {
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey" }])
    const { payment_collection } = await en.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
    })
    const { payment_collection: opened } = await en.client.fetch<{ payment_collection: any }>(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { method: "POST", body: { provider_id: "pp_system_default" } },
    )
    expect(opened.payment_sessions.map((s: any) => s.provider_id)).toEqual(["pp_system_default"])
  })
})
