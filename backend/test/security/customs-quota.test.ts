import { describe, expect, it } from "vitest"
import { sql, storeClient } from "../helpers"
import { adminClient, cartWith, checkout, newIdNumber } from "../shop"

const declarationOf = async (cartId: string) =>
  (
    await sql<{ amount: string; released_amount: string; order_id: string | null }>(
      "select amount, released_amount, order_id from customs_declaration where cart_id = $1 and deleted_at is null",
      [cartId],
    )
  )[0]

async function capturedPayment(orderId: string) {
  const admin = await adminClient()
  const { order } = await admin.admin.order.retrieve(orderId, { fields: "id,*payment_collections,*payment_collections.payments,*items" })
  const payment = (order as any).payment_collections[0].payments[0]
  await admin.admin.payment.capture(payment.id, {})
  return { admin, order: order as any, paymentId: payment.id as string }
}

/**
 * Only refunds of cross-border goods (and their parcel's shipping) give back
 * annual quota: a refund of domestic goods, tax or shipping alone must not.
 */
describe("refunds and the annual quota", () => {
  it("a refund of domestic goods in a mixed order releases nothing", async () => {
    const buyer = storeClient("en")
    const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey" }, { handle: "sheep-milk-qurt", quantity: 2 }])
    const placed = await checkout(buyer, cartId, { real_name: "冯丽", id_number: newIdNumber() })
    const declared = await declarationOf(cartId)
    expect(Number(declared.amount)).toBeGreaterThan(0)

    const { admin, order, paymentId } = await capturedPayment(placed.id)
    const qurt = order.items.find((i: any) => i.product_handle === "sheep-milk-qurt")
    await admin.admin.payment.refund(paymentId, { amount: Number(qurt.unit_price) * Number(qurt.quantity) })
    // The release has run once the declaration knows its order (the workflow records it on every release).
    await expect.poll(async () => (await declarationOf(cartId)).order_id, { timeout: 20_000, interval: 250 }).toBe(placed.id)
    expect(Number((await declarationOf(cartId)).released_amount)).toBe(0)
  })

  it("a refund of returned cross-border goods releases their value, and nothing of the domestic goods refunded beside", async () => {
    const buyer = storeClient("en")
    const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey", quantity: 2 }, { handle: "sheep-milk-qurt" }])
    const placed = await checkout(buyer, cartId, { real_name: "冯丽", id_number: newIdNumber() })
    const { admin, order, paymentId } = await capturedPayment(placed.id)
    const honey = order.items.find((i: any) => i.product_handle === "white-acacia-honey")
    const qurt = order.items.find((i: any) => i.product_handle === "sheep-milk-qurt")

    // The honey is packed and shipped, then one jar comes back.
    const [{ location_id, shipping_option_id }] = await sql<{ location_id: string; shipping_option_id: string }>(
      `select sl.id as location_id, so.id as shipping_option_id
         from shipping_option so join shipping_option_type t on t.id = so.shipping_option_type_id
         join service_zone z on z.id = so.service_zone_id join fulfillment_set fs on fs.id = z.fulfillment_set_id
         join location_fulfillment_set lfs on lfs.fulfillment_set_id = fs.id join stock_location sl on sl.id = lfs.stock_location_id
        where t.code = 'cross_border_mail' and so.deleted_at is null limit 1`,
    )
    await admin.admin.order.createFulfillment(placed.id, {
      location_id,
      shipping_option_id,
      items: [{ id: honey.id, quantity: 2 }],
    } as never)
    const { return: requested } = await admin.admin.return.initiateRequest({ order_id: placed.id, location_id } as never)
    await admin.admin.return.addReturnItem(requested.id, { items: [{ id: honey.id, quantity: 1 }] })
    await admin.admin.return.confirmRequest(requested.id, {})
    await admin.admin.return.initiateReceive(requested.id, {})
    await admin.admin.return.receiveItems(requested.id, { items: [{ id: honey.id, quantity: 1 }] })
    await admin.admin.return.confirmReceive(requested.id, {})

    // The refund covers the returned jar and, beside it, the qurt (domestic): only the jar gives quota back.
    const jar = Number(honey.unit_price)
    await admin.admin.payment.refund(paymentId, { amount: jar + Number(qurt.unit_price) })
    await expect.poll(async () => Number((await declarationOf(cartId)).released_amount), { timeout: 20_000, interval: 250 }).toBe(jar)
  })

  it("a cancelled order releases its whole declaration", async () => {
    const buyer = storeClient("en")
    const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey" }])
    const placed = await checkout(buyer, cartId, { real_name: "冯丽", id_number: newIdNumber() })
    const admin = await adminClient()
    await admin.admin.order.cancel(placed.id)
    const declared = await declarationOf(cartId)
    await expect
      .poll(async () => Number((await declarationOf(cartId)).released_amount), { timeout: 20_000, interval: 250 })
      .toBe(Number(declared.amount))
  })
})
