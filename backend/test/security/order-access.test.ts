import Medusa from "@medusajs/js-sdk"
import { randomUUID } from "node:crypto"
import jwt from "jsonwebtoken"
import { beforeAll, describe, expect, it } from "vitest"
import { outboxMail, storeClient, testStack } from "../helpers"
import { apiError, CHINA_ADDRESS, cartWith, checkout, newCustomer, newIdNumber, type Sdk } from "../shop"

/** What must not reach someone who holds only the order id: the buyer's name, phone, address, e-mail and customs name. */
const personal = (email: string) => [CHINA_ADDRESS.phone, CHINA_ADDRESS.address_1, email, "吴敏"]

const read = (sdk: Sdk, orderId: string, token?: string) =>
  sdk.client.fetch<any>(`/store/orders/${orderId}`, {
    query: { fields: "*items,*shipping_address,email,display_id,status,payment_status,fulfillment_status" },
    headers: token ? { "x-order-access": token } : {},
  })

let order: { id: string }
let email: string
let token: string

beforeAll(async () => {
  const buyer = storeClient("en")
  email = `guest-${randomUUID().slice(0, 8)}@bozor.test`
  const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey" }], { email, locale: "en" })
  order = await checkout(buyer, cartId, { real_name: "吴敏", id_number: newIdNumber() })
  token = (await buyer.client.fetch<{ access_token: string }>(`/store/carts/${cartId}/order`)).access_token
})

describe("an order id alone", () => {
  it("shows the order's status and goods, and nothing about the buyer", async () => {
    const stranger = storeClient("en")
    const { order: seen, access } = await read(stranger, order.id)
    expect(access).toBe("public")
    expect(seen.status).toBeTruthy()
    expect(seen.items[0].quantity).toBe(1)
    const json = JSON.stringify(seen)
    for (const detail of personal(email)) expect(json).not.toContain(detail)
    const { customs } = await stranger.client.fetch<any>(`/store/orders/${order.id}/customs`)
    expect(customs).toBeNull()
  })

  it("with a forged, expired or other order's token is still just the id", async () => {
    const stranger = storeClient("en")
    const forged = jwt.sign({ order_id: order.id, purpose: "bozor:order-access" }, "not-the-secret")
    const expired = jwt.sign({ order_id: order.id, purpose: "bozor:order-access" }, testStack().medusaEnv.JWT_SECRET!, { expiresIn: -10 })
    const other = jwt.sign({ order_id: "order_OTHER", purpose: "bozor:order-access" }, testStack().medusaEnv.JWT_SECRET!)
    const customerToken = jwt.sign({ actor_id: "cus_x", actor_type: "customer" }, testStack().medusaEnv.JWT_SECRET!)
    for (const bad of [forged, expired, other, customerToken, "garbage"]) {
      expect((await read(stranger, order.id, bad)).access).toBe("public")
    }
  })

  it("of an order that does not exist answers 404", async () => {
    expect((await apiError(read(storeClient("en"), "order_01JZZZZZZZZZZZZZZZZZZZZZZZ"))).status).toBe(404)
  })
})

describe("a signed link", () => {
  it("from the checkout opens the whole order, customs identity included", async () => {
    const { order: seen, access } = await read(storeClient("en"), order.id, token)
    expect(access).toBe("link")
    expect(seen.email).toBe(email)
    expect(seen.shipping_address.phone).toBe(CHINA_ADDRESS.phone)
    const { customs } = await storeClient("en").client.fetch<any>(`/store/orders/${order.id}/customs`, {
      headers: { "x-order-access": token },
    })
    expect(customs.real_name).toBe("吴敏")
  })

  it("comes again by e-mail, to the order's address only, and the answer does not tell whether the address was right", async () => {
    const stranger = storeClient("en")
    const wrong = await stranger.client.fetch<any>(`/store/orders/${order.id}/access-link`, {
      method: "POST",
      body: { email: "someone@else.test" },
    })
    const right = await stranger.client.fetch<any>(`/store/orders/${order.id}/access-link`, {
      method: "POST",
      body: { email: email.toUpperCase() },
    })
    expect(wrong).toEqual(right)
    const mail = await outboxMail((raw, file) => raw.includes(email) && file.includes("order-access-link"))
    expect(mail.subject).toMatch(/a link to order #/)
    const link = new URL((mail.text ?? "").match(/https?:\/\/\S+/)![0])
    expect(link.pathname).toBe(`/en/order/${order.id}`)
    expect((await read(stranger, order.id, link.searchParams.get("access")!)).access).toBe("link")
  })

  it("requests are bounded per order", async () => {
    const stranger = storeClient("en")
    let status = 202
    for (let i = 0; i < 8 && status !== 429; i++) {
      status = await stranger.client.fetch(`/store/orders/${order.id}/access-link`, { method: "POST", body: { email: "x@y.test" } }).then(
        () => 202,
        (e: { status: number }) => e.status,
      )
    }
    expect(status).toBe(429)
  })

  it("refuses an address that is not one, naming the field", async () => {
    const error = await apiError(
      storeClient("en").client.fetch(`/store/orders/${order.id}/access-link`, { method: "POST", body: { email: "not-an-address" } }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/email/)
  })
})

describe("a signed-in customer", () => {
  it("reads their own orders whole and another customer's only as a stranger would", async () => {
    const owner = await newCustomer("en")
    const cartId = await cartWith(owner.sdk, [{ handle: "sheep-milk-qurt" }])
    const mine = await checkout(owner.sdk, cartId)
    const seen = await read(owner.sdk, mine.id)
    expect(seen.access).toBe("owner")
    expect(seen.order.shipping_address.phone).toBe(CHINA_ADDRESS.phone)

    const other = await newCustomer("en")
    const theirs = await read(other.sdk as Medusa, mine.id)
    expect(theirs.access).toBe("public")
    expect(JSON.stringify(theirs.order)).not.toContain(CHINA_ADDRESS.phone)
  })
})
