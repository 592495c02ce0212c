import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import { adminClient, apiError, CHINA_ADDRESS, chinaRegionId, checkout, chooseShipping, newCustomer, variantOf, type Sdk } from "../shop"

/**
 * Promotions as a buyer meets them: a code keeps applying through checkout when
 * its terms hold, is refused or dropped with the reason when they do not, and
 * an automatic promotion shows its name and stays on.
 */

let en: Sdk
let zh: Sdk
beforeAll(() => {
  en = storeClient("en")
  zh = storeClient("zh-CN")
})

/** A cart of Guangzhou honey with no address yet, as the cart page has it: 2 × 500 g of Zaamin honey = ¥216. */
async function honeyCart(sdk: Sdk, quantity = 2) {
  const { cart } = await sdk.store.cart.create({ region_id: await chinaRegionId(sdk) } as any)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: await variantOf(sdk, "zaamin-mountain-honey", 1), quantity })
  return cart.id
}

const codesOf = async (sdk: Sdk, cartId: string) =>
  ((await sdk.store.cart.retrieve(cartId, { fields: "promotions.code" })).cart.promotions ?? []).map((p: any) => p.code)

const eligibility = (sdk: Sdk, cartId: string, code: string) =>
  sdk.client.fetch<{ promotion: any }>(`/store/carts/${cartId}/promotion-codes/${code}`).then((r) => r.promotion)

const applyCode = (sdk: Sdk, cartId: string, code: string) =>
  sdk.client.fetch<{ promotion: any }>(`/store/carts/${cartId}/promotion-codes`, { method: "POST", body: { code } })

/** The 400 of a refused code, with its structured reason. */
async function refusal(sdk: Sdk, cartId: string, code: string) {
  try {
    await applyCode(sdk, cartId, code)
  } catch (e) {
    const err = e as { status?: number; message?: string }
    return { status: err.status, message: err.message ?? "", promotion: await eligibility(sdk, cartId, code) }
  }
  throw new Error(`${code} was applied`)
}

/** Promotions made for one test, on a product of its own where they must not touch other carts; deleted afterwards. */
const created: string[] = []
afterAll(async () => {
  const admin = await adminClient()
  for (const id of created) await admin.admin.promotion.delete(id)
})

async function makePromotion(input: {
  code: string
  starts_at?: Date
  ends_at?: Date
  is_automatic?: boolean
  name?: { en: string; "zh-CN": string }
  product_id?: string
}) {
  const admin = await adminClient()
  const { promotion } = await admin.admin.promotion.create({
    code: input.code,
    type: "standard",
    status: "active",
    is_automatic: input.is_automatic ?? false,
    metadata: { name: input.name ?? { en: `Test ${input.code}`, "zh-CN": `测试 ${input.code}` } },
    campaign: {
      name: input.code,
      campaign_identifier: input.code,
      starts_at: input.starts_at ?? new Date(Date.now() - 86_400_000),
      ends_at: input.ends_at ?? new Date(Date.now() + 30 * 86_400_000),
    },
    application_method: {
      type: "percentage",
      value: 10,
      target_type: "items",
      allocation: "across",
      target_rules: input.product_id ? [{ attribute: "items.product.id", operator: "in", values: [input.product_id] }] : [],
    },
  } as any)
  created.push(promotion.id)
  return promotion
}

describe("FIRSTORDER (¥30 off from ¥199 of goods)", () => {
  it("stays on ¥216 of Guangzhou honey through the address and the delivery, and takes ¥30", async () => {
    const { sdk } = await newCustomer("en")
    const cartId = await honeyCart(sdk)
    await sdk.client.fetch(`/store/carts/${cartId}/promotions`, { method: "POST", body: { promo_codes: ["FIRSTORDER"] } })
    expect(await codesOf(sdk, cartId)).toEqual(["FIRSTORDER"])

    // The address step: Medusa refreshes the cart and judged the ¥199 against ¥186 (after the ¥30), dropping the code.
    await sdk.store.cart.update(cartId, { shipping_address: CHINA_ADDRESS, billing_address: CHINA_ADDRESS } as any)
    expect(await codesOf(sdk, cartId)).toEqual(["FIRSTORDER"])
    await chooseShipping(sdk, cartId)
    expect(await codesOf(sdk, cartId)).toEqual(["FIRSTORDER"])

    const { totals } = await sdk.client.fetch<{ totals: any }>(`/store/carts/${cartId}/totals`)
    expect(totals).toMatchObject({ item_subtotal: 216, discount_total: 30, total: 186 })
    expect(totals.discounts).toEqual([
      { code: "FIRSTORDER", name: "First order: ¥30 off orders over ¥199", amount: 30, is_automatic: false },
    ])
  })

  it("is judged on the goods before discounts, the same at every step: ¥108 of honey never gets it", async () => {
    const { sdk } = await newCustomer("en")
    const cartId = await honeyCart(sdk, 1)
    const refused = await refusal(sdk, cartId, "FIRSTORDER")
    expect(refused.status).toBe(400)
    expect(refused.promotion).toMatchObject({ reason: "minimum_not_met", minimum: 199, amount: 108, applicable: false })
    expect(refused.message).toBe(
      "FIRSTORDER (First order: ¥30 off orders over ¥199) needs ¥199.00 of goods at their prices before discounts; the goods in your cart come to ¥108.00.",
    )

    // Once applied, a cart that falls below the minimum loses the code, and the shop can say why.
    const big = await honeyCart(sdk, 2)
    await applyCode(sdk, big, "FIRSTORDER")
    const [line] = (await sdk.store.cart.retrieve(big)).cart.items!
    await sdk.store.cart.updateLineItem(big, line.id, { quantity: 1 })
    expect(await codesOf(sdk, big)).toEqual([])
    expect(await eligibility(sdk, big, "FIRSTORDER")).toMatchObject({ reason: "minimum_not_met", amount: 108 })
  })

  it("tells a guest it needs an account, in the buyer's language", async () => {
    const cartId = await honeyCart(zh)
    const refused = await refusal(zh, cartId, "FIRSTORDER")
    expect(refused.status).toBe(400)
    expect(refused.promotion.reason).toBe("sign_in_required")
    expect(refused.message).toBe("FIRSTORDER（首单立减：满199元减30元）仅限会员使用：请登录或注册后再使用。")

    // A guest who typed an e-mail has a customer record too (no account): still refused.
    await zh.store.cart.update(cartId, { email: `guest-${randomUUID().slice(0, 8)}@bozor.test` } as any)
    expect((await eligibility(zh, cartId, "FIRSTORDER")).reason).toBe("sign_in_required")
    await zh.client
      .fetch(`/store/carts/${cartId}/promotions`, { method: "POST", body: { promo_codes: ["FIRSTORDER"] } })
      .catch(() => undefined)
    expect(await codesOf(zh, cartId)).toEqual([])
  })

  it("once used, says so instead of checking the minimum", async () => {
    const { sdk } = await newCustomer("en")
    const first = await honeyCart(sdk)
    await applyCode(sdk, first, "FIRSTORDER")
    await sdk.store.cart.update(first, {
      email: (await sdk.store.customer.retrieve()).customer.email,
      shipping_address: CHINA_ADDRESS,
    } as any)
    await chooseShipping(sdk, first)
    const order = await checkout(sdk, first)
    expect(Number(order.discount_subtotal ?? order.discount_total)).toBeGreaterThan(0)

    const second = await honeyCart(sdk)
    const refused = await refusal(sdk, second, "FIRSTORDER")
    expect(refused.promotion.reason).toBe("already_used")
    expect(refused.message).toBe(
      "You have already used FIRSTORDER (First order: ¥30 off orders over ¥199): it can be used once per customer.",
    )
    // In a cart short of the minimum too: topping it up would not help, so the minimum is not what the buyer reads.
    const small = await honeyCart(sdk, 1)
    expect(await eligibility(sdk, small, "FIRSTORDER")).toMatchObject({ reason: "already_used", amount: expect.any(Number) })
    expect((await eligibility(sdk, small, "FIRSTORDER")).amount).toBeLessThan(199)
  })
})

describe("codes that do not apply say why", () => {
  it("not started yet, and ended: with the dates, in Beijing time", async () => {
    const soon = await makePromotion({
      code: `SOON${Date.now()}`,
      starts_at: new Date("2099-05-01T00:00:00+08:00"),
      ends_at: new Date("2099-06-01T00:00:00+08:00"),
    })
    const over = await makePromotion({
      code: `OVER${Date.now()}`,
      starts_at: new Date("2020-01-01T00:00:00+08:00"),
      ends_at: new Date("2020-02-01T00:00:00+08:00"),
    })
    const cartId = await honeyCart(en)
    const early = await refusal(en, cartId, soon.code!)
    expect(early.promotion.reason).toBe("not_started")
    expect(early.message).toContain("starts on May 1, 2099")
    const late = await refusal(en, cartId, over.code!)
    expect(late.promotion.reason).toBe("expired")
    expect(late.message).toContain("could be used until January 31, 2020")
    expect((await eligibility(zh, cartId, over.code!)).message).toContain("2020年1月31日")
    expect((await refusal(en, cartId, "NOSUCHCODE")).promotion.reason).toBe("not_found")
    // An automatic promotion that has ended is over, not "applies by itself".
    const autoOver = await makePromotion({
      code: `AUTOOVER${Date.now()}`,
      is_automatic: true,
      starts_at: new Date("2020-01-01T00:00:00+08:00"),
      ends_at: new Date("2020-02-01T00:00:00+08:00"),
    })
    expect(await eligibility(en, cartId, autoOver.code!)).toMatchObject({ reason: "expired", applicable: false })
  })

  it("a code for other goods: none of the goods in the cart", async () => {
    const { products } = await en.store.product.list({ handle: "white-acacia-honey", fields: "id" })
    const acacia = await makePromotion({
      code: `ACACIA${Date.now()}`,
      product_id: products[0].id,
      name: { en: "Acacia week", "zh-CN": "洋槐周" },
    })
    const cartId = await honeyCart(en)
    const refused = await refusal(en, cartId, acacia.code!)
    expect(refused.promotion.reason).toBe("no_eligible_goods")
    expect(refused.message).toBe(`${acacia.code} (Acacia week) applies to none of the goods in your cart.`)
  })
})

describe("automatic promotions", () => {
  it("show their name in the buyer's language and cannot be removed", async () => {
    const admin = await adminClient()
    const [{ id: profileId }] = await sql<{ id: string }>(
      "select id from shipping_profile where name ilike '%guangzhou%' and deleted_at is null",
    )
    const [{ id: channelId }] = await sql<{ id: string }>(
      "select k.sales_channel_id as id from publishable_api_key_sales_channel k join api_key a on a.id = k.publishable_key_id where a.token = $1",
      [testStack().publishableKey],
    )
    const { product } = await admin.admin.product.create({
      title: "Automatic promotion test honey",
      handle: `auto-promo-${Date.now()}`,
      status: "published",
      shipping_profile_id: profileId,
      sales_channels: [{ id: channelId }],
      options: [{ title: "Pack", values: ["One"] }],
      variants: [{ title: "One", options: { Pack: "One" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: 100 }] }],
    } as any)
    try {
      const auto = await makePromotion({
        code: `AUTO${Date.now()}`,
        is_automatic: true,
        product_id: product.id,
        name: { en: "Autumn honey: 10 % off", "zh-CN": "秋蜜九折" },
      })
      const { cart } = await zh.store.cart.create({ region_id: await chinaRegionId(zh) } as any)
      await zh.store.cart.createLineItem(cart.id, { variant_id: product.variants![0].id, quantity: 1 })

      const zhTotals = (await zh.client.fetch<{ totals: any }>(`/store/carts/${cart.id}/totals`)).totals
      expect(zhTotals.discounts).toEqual([{ code: auto.code, name: "秋蜜九折", amount: 10, is_automatic: true }])
      const enTotals = (await en.client.fetch<{ totals: any }>(`/store/carts/${cart.id}/totals`)).totals
      expect(enTotals.discounts[0].name).toBe("Autumn honey: 10 % off")

      const ours = await apiError(en.client.fetch(`/store/carts/${cart.id}/promotion-codes/${auto.code}`, { method: "DELETE" }))
      expect(ours).toMatchObject({ status: 400, message: "Autumn honey: 10 % off applies by itself and cannot be removed." })
      const medusas = await apiError(
        zh.client.fetch(`/store/carts/${cart.id}/promotions`, { method: "DELETE", body: { promo_codes: [auto.code] } }),
      )
      expect(medusas).toMatchObject({ status: 400, message: "秋蜜九折自动生效，不能手动移除。" })
      expect(await codesOf(zh, cart.id)).toEqual([auto.code])
    } finally {
      await admin.admin.product.delete(product.id)
    }
  })
})
