import { randomUUID } from "node:crypto"
import { describe, expect, it } from "vitest"
import { storeClient } from "../helpers"
import { apiError, chinaRegionId, chooseShipping, complete, newCustomer, pay, variantOf } from "../shop"

/**
 * A pickup code hands the goods over at the counter: only the order's owner, or the holder of its signed link,
 * is shown it; the order id alone (in every forwarded e-mail) shows the place, not the code nor the waybills; and
 * only an operator can look an order up by its code.
 */
async function pickupOrder() {
  const sdk = storeClient("zh-CN")
  const { cart } = await sdk.store.cart.create({
    region_id: await chinaRegionId(sdk),
    email: `code-${randomUUID().slice(0, 8)}@bozor.test`,
    shipping_address: { country_code: "cn", last_name: "王", first_name: "芳", phone: "13900139000" },
  } as any)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: await variantOf(sdk, "sheep-milk-qurt"), quantity: 1 })
  await chooseShipping(sdk, cart.id, ["gz_pickup"])
  await pay(sdk, cart.id)
  await complete(sdk, cart.id)
  return sdk.client.fetch<{ order_id: string; access_token: string }>(`/store/carts/${cart.id}/order`)
}

describe("the pickup code", () => {
  it("is not shown to someone who has only the order id, nor to another customer", async () => {
    const { order_id, access_token } = await pickupOrder()
    const { delivery: trusted } = await storeClient("zh-CN").client.fetch<any>(`/store/orders/${order_id}/delivery`, {
      headers: { "x-order-access": access_token },
    })
    expect(trusted.pickup.code).toMatch(/^\d{8}$/)

    const { delivery: stranger } = await storeClient("zh-CN").client.fetch<any>(`/store/orders/${order_id}/delivery`)
    expect(stranger.pickup).toMatchObject({ code: null, qr_svg: null, name: "乌兹别克斯坦商品展销中心" })
    expect(stranger.waybills).toEqual([])
    expect(JSON.stringify(stranger)).not.toContain(trusted.pickup.code)

    const other = await newCustomer("zh-CN")
    const { delivery: seenByOther } = await other.sdk.client.fetch<any>(`/store/orders/${order_id}/delivery`)
    expect(seenByOther.pickup.code).toBeNull()
  })

  it("of an order that does not exist: 404", async () => {
    expect((await apiError(storeClient("en").client.fetch("/store/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/delivery"))).status).toBe(404)
  })

  it("is looked up by operators only", async () => {
    const { order_id, access_token } = await pickupOrder()
    const { delivery } = await storeClient("zh-CN").client.fetch<any>(`/store/orders/${order_id}/delivery`, {
      headers: { "x-order-access": access_token },
    })
    const customer = await newCustomer("zh-CN")
    expect((await apiError(customer.sdk.client.fetch(`/admin/pickup-codes/${delivery.pickup.code}`))).status).toBe(401)
    expect((await apiError(storeClient("zh-CN").client.fetch(`/admin/pickup-codes/${delivery.pickup.code}`))).status).toBe(401)
  })
})
