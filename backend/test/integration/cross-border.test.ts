import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import {
  adminClient,
  apiError,
  cartWith,
  checkout,
  complete,
  completionFailure,
  declareCustoms,
  newCustomer,
  newIdNumber,
  pay,
  payByCard,
  type Sdk,
} from "../shop"

/** Every ID number this file sends, to prove afterwards that none reached a log. */
const usedIdNumbers: string[] = []
const idNumber = (sex?: "male" | "female") => {
  const value = newIdNumber(sex)
  usedIdNumbers.push(value)
  return value
}

let sdk: Sdk

/** Test products the seed does not have: exact prices around the limits, no stock tracking. */
async function createLimitProduct(title: string, price: number, trade: { vat_rate: 9 | 13; indivisible?: boolean }) {
  const admin = await adminClient()
  const handle = `limit-${title}-${Date.now()}`.toLowerCase()
  const [{ id: profileId }] = await sql<{ id: string }>("select id from shipping_profile where name ilike '%cross%' and deleted_at is null")
  const [{ id: channelId }] = await sql<{ id: string }>(
    "select sc.id from sales_channel sc join publishable_api_key_sales_channel k on k.sales_channel_id = sc.id join api_key a on a.id = k.publishable_key_id where a.token = $1",
    [testStack().publishableKey],
  )
  const { product } = await admin.admin.product.create({
    title: `Limit test ${title}`,
    handle,
    status: "published",
    shipping_profile_id: profileId,
    sales_channels: [{ id: channelId }],
    options: [{ title: "Pack", values: ["One"] }],
    variants: [{ title: "One", options: { Pack: "One" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: price }] }],
    additional_data: {
      product_extras: {
        [handle]: {
          trade: {
            origin_region: "fergana",
            hs_code: "0813100000",
            vat_rate: trade.vat_rate,
            stock_origin: "cross_border",
            manufacturer: "Test manufacturer",
            indivisible: trade.indivisible ?? false,
          },
        },
      },
    },
  } as any)
  createdProducts.push(product.id)
  return product.variants![0].id
}

/** The test products go again, so files that count the seeded catalog see only it. */
const createdProducts: string[] = []
afterAll(async () => {
  const admin = await adminClient()
  for (const id of createdProducts) await admin.admin.product.delete(id)
})

beforeAll(() => {
  sdk = storeClient("en")
})

describe("customs identity", () => {
  it("accepts a valid ID number and shows it masked, never whole", async () => {
    const cartId = await cartWith(sdk, [{ handle: "white-acacia-honey" }])
    const value = idNumber("male")
    const { customs_identity } = await declareCustoms(sdk, cartId, { real_name: "王小明", id_number: value })
    expect(customs_identity.id_number).toBe(`${value.slice(0, 4)}**********${value.slice(-4)}`)

    const { cart } = await sdk.store.cart.retrieve(cartId)
    expect(JSON.stringify(cart)).not.toContain(value)
    const rows = await sql("select * from customs_identity where id = $1", [customs_identity.id])
    expect(JSON.stringify(rows)).not.toContain(value)
    expect(JSON.stringify(rows)).not.toContain(value.slice(0, 14))
  })

  it.each([
    ["wrong check character", (v: string) => v.slice(0, 17) + (v[17] === "1" ? "2" : "1"), /check character/],
    ["impossible birth date", () => "440106199002301531", /digits 7 to 14 must be a real birth date/],
    ["unknown region", () => "990106199003071531", /first six digits are not the region code/],
    ["17 characters", (v: string) => v.slice(0, 17), /18 characters; 17 were entered/],
    ["19 characters", (v: string) => v + "1", /18 characters; 19 were entered/],
    ["letters", () => "44010619900307ABCX", /only digits/],
    ["empty", () => "", /required/],
  ])("answers 400 for %s, naming the field", async (_case, make, message) => {
    const cartId = await cartWith(sdk, [{ handle: "white-acacia-honey" }], { shipping: false })
    const error = await apiError(declareCustoms(sdk, cartId, { real_name: "王小明", id_number: make(idNumber()) }))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/^ID number: /)
    expect(error.message).toMatch(message)
  })

  it("explains a bad ID number in Chinese for a Chinese request", async () => {
    const zh = storeClient("zh-CN")
    const cartId = await cartWith(zh, [{ handle: "white-acacia-honey" }], { shipping: false })
    const error = await apiError(declareCustoms(zh, cartId, { real_name: "王小明", id_number: "4401061990030715" }))
    expect(error.status).toBe(400)
    expect(error.message).toContain("身份证号码：应为 18 位，当前输入了 16 位")
  })

  it("keeps saved identities per customer, with this year's quota, and hides them from others", async () => {
    const alice = await newCustomer()
    const bob = await newCustomer()
    const value = idNumber()
    const { customs_identity } = await alice.sdk.client.fetch<any>("/store/customers/me/customs-identities", {
      method: "POST",
      body: { real_name: "李娜", id_number: value },
    })
    const mine = await alice.sdk.client.fetch<any>("/store/customers/me/customs-identities")
    expect(mine.customs_identities).toHaveLength(1)
    expect(mine.customs_identities[0]).toMatchObject({
      id: customs_identity.id,
      id_number: `${value.slice(0, 4)}**********${value.slice(-4)}`,
    })
    expect(mine.customs_identities[0].quota).toMatchObject({ limit: 26000, used: 0, remaining: 26000 })

    const theirs = await bob.sdk.client.fetch<any>("/store/customers/me/customs-identities")
    expect(theirs.customs_identities).toHaveLength(0)
    const bobCart = await cartWith(bob.sdk, [{ handle: "white-acacia-honey" }], { shipping: false })
    const error = await apiError(declareCustoms(bob.sdk, bobCart, { identity_id: customs_identity.id }))
    expect(error.status).toBe(404)
    const deletion = await apiError(
      bob.sdk.client.fetch(`/store/customers/me/customs-identities/${customs_identity.id}`, { method: "DELETE" }),
    )
    expect(deletion.status).toBe(404)
  })

  it("refuses to complete a cross-border cart without an identity, saying what to do", async () => {
    const cartId = await cartWith(sdk, [{ handle: "white-acacia-honey" }], { locale: "en" })
    await pay(sdk, cartId, "pp_stripe_stripe")
    const error = await completionFailure(sdk, cartId)
    expect(error.message).toMatch(/cross-border goods: add the buyer's real name and ID number/)
    const { cart } = await sdk.store.cart.retrieve(cartId)
    expect(cart.completed_at).toBeFalsy()
    expect(cart.items).toHaveLength(1)
  })

  it("completes a domestic-only cart (qurt picked up at the centre) without any identity", async () => {
    const cartId = await cartWith(sdk, [{ handle: "sheep-milk-qurt" }])
    const order = await checkout(sdk, cartId)
    expect(order.id).toMatch(/^order_/)
  })
})

describe("China's limits", () => {
  it("refuses RMB 5,000.01 of cross-border goods and accepts one indivisible item above 5,000", async () => {
    const over = await createLimitProduct("over", 5000.01, { vat_rate: 9 })
    const cartId = await cartWith(sdk, [{ variant_id: over }], { locale: "en" })
    await declareCustoms(sdk, cartId, { real_name: "张三", id_number: idNumber() })
    await pay(sdk, cartId, "pp_stripe_stripe")
    const error = await completionFailure(sdk, cartId)
    expect(error.message).toContain("come to ¥5,000.01, above China's per-order limit of ¥5,000.00")
    expect(error.message).toContain("Remove ¥0.01 of cross-border goods")

    const weekender = await cartWith(sdk, [{ handle: "ohangaron-croc-embossed-weekender" }])
    const order = await checkout(sdk, weekender, { real_name: "张三", id_number: idNumber() })
    expect(Number(order.item_total)).toBeGreaterThan(5000)
  })

  it("refuses the order that crosses RMB 26,000 in a year, and counts again once an order is cancelled", async () => {
    const variant = await createLimitProduct("annual", 2500, { vat_rate: 9 })
    const identity = { real_name: "赵六", id_number: idNumber() }
    const orders = []
    for (let i = 0; i < 5; i++) {
      orders.push(await checkout(sdk, await cartWith(sdk, [{ variant_id: variant, quantity: 2 }]), identity)) // 5,000 each
    }
    const zh = storeClient("zh-CN")
    const crossing = await cartWith(zh, [{ variant_id: variant, quantity: 1 }], { locale: "zh-CN" })
    await declareCustoms(zh, crossing, identity)
    await pay(zh, crossing, "pp_stripe_stripe")
    const error = await completionFailure(zh, crossing)
    expect(error.message).toContain("今年的剩余额度 ¥1,000.00（年度限额 ¥26,000.00）")

    const admin = await adminClient()
    await admin.admin.order.cancel(orders[0].id)
    await payByCard(zh, crossing)
    await expect.poll(async () => (await complete(zh, crossing)).type, { timeout: 15_000, interval: 500 }).toBe("order")
  })
})

describe("cross-border comprehensive tax", () => {
  it("taxes honey at 6.3%, shoes at 9.1% and domestic qurt not at all, to the fen", async () => {
    const cartId = await cartWith(sdk, [
      { handle: "white-acacia-honey", quantity: 3 },
      { handle: "andijan-plain-derby" },
      { handle: "sheep-milk-qurt", quantity: 2 },
    ])
    const { cart } = await sdk.store.cart.retrieve(cartId, {
      fields: "*items,*items.tax_lines,items.subtotal,items.tax_total,items.discount_subtotal,tax_total,*items.product",
    })
    const byHandle = new Map(cart.items!.map((i: any) => [i.product_handle ?? i.product?.handle, i]))
    const expected = { "white-acacia-honey": 6.3, "andijan-plain-derby": 9.1 }
    let total = 0
    for (const [handle, rate] of Object.entries(expected)) {
      const item: any = byHandle.get(handle)
      expect(item.tax_lines).toHaveLength(1)
      expect(item.tax_lines[0]).toMatchObject({ code: "CBEC_COMPREHENSIVE", rate })
      const taxable = Number(item.subtotal) - Number(item.discount_subtotal ?? 0)
      const fen = Math.round(((taxable * rate) / 100) * 100) / 100
      expect(Number(item.tax_total)).toBeCloseTo(fen, 2)
      total += fen
    }
    const qurt: any = byHandle.get("sheep-milk-qurt")
    expect(qurt.tax_lines).toHaveLength(0)
    expect(Number(qurt.tax_total)).toBe(0)
    expect(Number(cart.tax_total)).toBeCloseTo(total, 2)

    const situation = await sdk.client.fetch<any>(`/store/carts/${cartId}/customs`)
    expect(situation.customs).toMatchObject({ applies: true, has_cross_border: true, over_order_limit: false, identity: null })
  })
})

describe("checkout under load", () => {
  it("completing the same cart twice at once gives one order", async () => {
    const cartId = await cartWith(sdk, [{ handle: "sheep-milk-qurt" }])
    await pay(sdk, cartId)
    const results = await Promise.allSettled([complete(sdk, cartId), complete(sdk, cartId)])
    const orderIds = new Set(results.flatMap((r) => (r.status === "fulfilled" && r.value.type === "order" ? [r.value.order.id] : [])))
    expect(orderIds.size).toBe(1)
    const [{ count }] = await sql<{ count: string }>("select count(*) from order_cart where cart_id = $1 and deleted_at is null", [cartId])
    expect(Number(count)).toBe(1)
  })

  it("20 buyers competing for the last 5 units get exactly 5 orders, and stock never goes negative", async () => {
    const admin = await adminClient()
    const handle = "chili-qurt"
    const [{ inventory_item_id, location_id }] = await sql<{ inventory_item_id: string; location_id: string }>(
      `select il.inventory_item_id, il.location_id from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
         join product_variant v on v.id = pvi.variant_id join product p on p.id = v.product_id
        where p.handle = $1 and il.deleted_at is null and v.deleted_at is null order by v.created_at limit 1`,
      [handle],
    )
    const [{ variant_id }] = await sql<{ variant_id: string }>(
      "select variant_id from product_variant_inventory_item where inventory_item_id = $1",
      [inventory_item_id],
    )
    const [{ reserved }] = await sql<{ reserved: string }>(
      "select reserved_quantity as reserved from inventory_level where inventory_item_id = $1 and location_id = $2",
      [inventory_item_id, location_id],
    )
    await admin.admin.inventoryItem.updateLevel(inventory_item_id, location_id, { stocked_quantity: Number(reserved) + 5 })

    const carts = []
    for (let i = 0; i < 20; i++) {
      const cartId = await cartWith(sdk, [{ variant_id }])
      await pay(sdk, cartId)
      carts.push(cartId)
    }
    const results = await Promise.allSettled(carts.map((id) => complete(sdk, id)))
    const orders = results.filter((r) => r.status === "fulfilled" && r.value.type === "order")
    expect(orders).toHaveLength(5)
    const [level] = await sql<{ stocked: string; reserved: string }>(
      "select stocked_quantity as stocked, reserved_quantity as reserved from inventory_level where inventory_item_id = $1 and location_id = $2",
      [inventory_item_id, location_id],
    )
    expect(Number(level.reserved)).toBeLessThanOrEqual(Number(level.stocked))
    expect(Number(level.stocked) - Number(level.reserved)).toBe(0)
  })
})

describe("logs", () => {
  it("never contain an ID number", () => {
    const dir = path.join(testStack().dataDir, "logs")
    const logs = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n")
    expect(logs.length).toBeGreaterThan(0)
    for (const value of usedIdNumbers) expect(logs).not.toContain(value)
  })
})
