import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { storeClient } from "../helpers"
import {
  adminClient,
  apiError,
  CHINA_ADDRESS,
  chinaRegionId,
  chooseShipping,
  complete,
  completionFailure,
  declareCustoms,
  newIdNumber,
  pay,
  payByCard,
  variantOf,
  type Sdk,
} from "../shop"

/**
 * How goods reach the buyer, as the backend holds it whatever a client sends: a pickup at the Guangzhou centre
 * needs who collects it (name and mainland mobile) and no address; a parcel needs an address; a parcel mailed from
 * Tashkent is paid online. A pickup order has a code, its QR code and the centre's place and hours; a shipped
 * parcel has its waybill.
 */
let zh: Sdk
let en: Sdk
beforeAll(() => {
  zh = storeClient("zh-CN")
  en = storeClient("en")
})

/** A cart of Guangzhou-centre goods with only who collects them: no street, city or postcode. */
async function pickupCart(sdk: Sdk, contact: Record<string, string>, mode = "gz_pickup", locale = "zh-CN") {
  const { cart } = await sdk.store.cart.create({
    region_id: await chinaRegionId(sdk),
    locale,
    email: `pickup-${randomUUID().slice(0, 8)}@bozor.test`,
    shipping_address: { country_code: "cn", ...contact },
  } as any)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: await variantOf(sdk, "sheep-milk-qurt"), quantity: 1 })
  await chooseShipping(sdk, cart.id, [mode])
  return cart.id
}

const orderLink = (sdk: Sdk, cartId: string) => sdk.client.fetch<{ order_id: string; access_token: string }>(`/store/carts/${cartId}/order`)
const deliveryOf = (sdk: Sdk, orderId: string, token?: string) =>
  sdk.client.fetch<{ delivery: any }>(`/store/orders/${orderId}/delivery`, { headers: token ? { "x-order-access": token } : {} })

describe("a pickup at the Guangzhou centre", () => {
  it("needs only a name and a mainland mobile number, and gives a code, its QR code, the place and the hours", async () => {
    const cartId = await pickupCart(zh, { last_name: "王", first_name: "芳", phone: "13900139000" })
    await pay(zh, cartId)
    const result = await complete(zh, cartId)
    expect(result.type).toBe("order")
    const { order_id, access_token } = await orderLink(zh, cartId)
    const { delivery } = await deliveryOf(zh, order_id, access_token)
    expect(delivery.parcel).toBe(false)
    expect(delivery.pickup).toMatchObject({
      name: "乌兹别克斯坦商品展销中心",
      address: expect.stringContaining("阅江中路 380 号"),
      opening_hours: "每天 10:00–20:00",
    })
    expect(delivery.pickup.code).toMatch(/^\d{8}$/)
    expect(delivery.pickup.qr_svg).toMatch(/^<svg/)
    // Asked again (the page reloads, the e-mail is sent): the same code.
    expect((await deliveryOf(zh, order_id, access_token)).delivery.pickup.code).toBe(delivery.pickup.code)
    // In English for an English page.
    expect((await deliveryOf(en, order_id, access_token)).delivery.pickup).toMatchObject({
      name: "Uzbek goods exhibition-and-sales centre",
      opening_hours: "Daily 10:00–20:00",
    })
  })

  it.each([
    ["no name", { phone: "13900139000" }],
    ["no mobile", { last_name: "王", first_name: "芳" }],
    ["a landline", { last_name: "王", first_name: "芳", phone: "020-89120000" }],
  ])("is refused with %s, in the cart's language", async (_, contact) => {
    const cartId = await pickupCart(en, contact, "gz_pickup", "en")
    await pay(en, cartId)
    const error = await completionFailure(en, cartId)
    expect(error.status).toBe(400)
    expect(error.message).toContain("Pickup at the Guangzhou centre: give the name and the mainland mobile number")
  })
})

describe("a parcel", () => {
  it("needs a delivery address", async () => {
    const cartId = await pickupCart(zh, { last_name: "王", first_name: "芳", phone: "13900139000" }, "gz_express")
    await pay(zh, cartId)
    const error = await completionFailure(zh, cartId)
    expect(error.status).toBe(400)
    expect(error.message).toBe("快递包裹需要收货地址：省份、城市和详细地址。")
  })

  it("mailed from Tashkent is not paid at the centre, and is paid by card", async () => {
    const { cart } = await en.store.cart.create({
      region_id: await chinaRegionId(en),
      locale: "en",
      email: `parcel-${randomUUID().slice(0, 8)}@bozor.test`,
      shipping_address: CHINA_ADDRESS,
    } as any)
    await en.store.cart.createLineItem(cart.id, { variant_id: await variantOf(en, "white-acacia-honey"), quantity: 1 })
    await chooseShipping(en, cart.id)
    await declareCustoms(en, cart.id, { real_name: "陈静", id_number: newIdNumber() })
    await pay(en, cart.id)
    const error = await completionFailure(en, cart.id)
    expect(error.status).toBe(400)
    expect(error.message).toContain("Parcels mailed from Tashkent are paid online")
    await payByCard(en, cart.id)
    expect((await complete(en, cart.id)).type).toBe("order")
  })

  it("shows its waybill to the buyer once an operator ships it, and not before", async () => {
    const { cart } = await zh.store.cart.create({
      region_id: await chinaRegionId(zh),
      email: `ship-${randomUUID().slice(0, 8)}@bozor.test`,
      shipping_address: CHINA_ADDRESS,
    } as any)
    await zh.store.cart.createLineItem(cart.id, { variant_id: await variantOf(zh, "sheep-milk-qurt"), quantity: 2 })
    await chooseShipping(zh, cart.id, ["gz_express"])
    await pay(zh, cart.id)
    expect((await complete(zh, cart.id)).type).toBe("order")
    const { order_id, access_token } = await orderLink(zh, cart.id)
    expect((await deliveryOf(zh, order_id, access_token)).delivery).toMatchObject({ parcel: true, pickup: null, waybills: [] })

    const admin = await adminClient()
    const { order } = await admin.admin.order.retrieve(order_id, { fields: "id,*items" })
    const items = order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) }))
    const { order: packed } = await admin.admin.order.createFulfillment(order_id, { items }, { fields: "id,fulfillments.id" })
    const fulfillment = packed.fulfillments!.at(-1)!
    await admin.admin.order.createShipment(order_id, fulfillment.id, {
      items,
      labels: [
        {
          tracking_number: "SF1234567890",
          tracking_url: "https://www.sf-express.com/waybill/SF1234567890",
          label_url: "https://labels.test/1",
        },
      ],
    })
    const { delivery } = await deliveryOf(zh, order_id, access_token)
    expect(delivery.waybills).toEqual([
      { tracking_number: "SF1234567890", tracking_url: "https://www.sf-express.com/waybill/SF1234567890", shipped_at: expect.any(String) },
    ])
    const { order: seen } = await zh.client.fetch<any>(`/store/orders/${order_id}`, {
      query: { fields: "fulfillment_status" },
      headers: { "x-order-access": access_token },
    })
    expect(seen.fulfillment_status).toBe("shipped")
  })
})

describe("the centre's counter", () => {
  it("finds the order by its pickup code, typed with spaces or dashes", async () => {
    const cartId = await pickupCart(zh, { last_name: "李", first_name: "娜", phone: "13800138000" })
    await pay(zh, cartId)
    await complete(zh, cartId)
    const { order_id, access_token } = await orderLink(zh, cartId)
    const code: string = (await deliveryOf(zh, order_id, access_token)).delivery.pickup.code
    const admin = await adminClient()
    for (const typed of [code, `${code.slice(0, 4)} ${code.slice(4)}`, `${code.slice(0, 4)}-${code.slice(4)}`]) {
      const { order } = await admin.client.fetch<any>(`/admin/pickup-codes/${encodeURIComponent(typed)}`)
      expect(order).toMatchObject({ id: order_id, shipping_address: { last_name: "李", first_name: "娜", phone: "13800138000" } })
    }
    const { pickup } = await admin.client.fetch<any>(`/admin/orders/${order_id}/pickup`)
    expect(pickup.code).toBe(code)
  })

  it("says when no order has the code, and what a code looks like", async () => {
    const admin = await adminClient()
    const missing = await apiError(admin.client.fetch("/admin/pickup-codes/00000000"))
    expect(missing.status).toBe(404)
    const malformed = await apiError(admin.client.fetch("/admin/pickup-codes/12ab"))
    expect(malformed.status).toBe(400)
    expect(malformed.message).toContain("8 digits")
  })
})
