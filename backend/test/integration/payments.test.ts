import Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import { cartWith, chinaRegionId, complete, completionFailure, declareCustoms, newIdNumber, pay, type Sdk } from "../shop"

/**
 * The real Stripe, Alipay and WeChat Pay providers against the local stand-in
 * for Stripe's API that `npm test` starts (scripts/stripe-double): intents are
 * created, confirmed and captured over Stripe's HTTP protocol, and webhook
 * events arrive signed as Stripe signs them.
 */
const stripeUrl = () => {
  const url = process.env.BOZOR_TEST_STRIPE_URL
  if (!url) throw new Error("BOZOR_TEST_STRIPE_URL is not set: run through `npm test`.")
  return url
}
const control = async (path: string, method = "POST") => {
  const res = await fetch(`${stripeUrl()}/__control/${path}`, { method })
  return res.json() as Promise<any>
}

async function orderOf(cartId: string): Promise<string | undefined> {
  const rows = await sql<{ order_id: string }>("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cartId])
  return rows[0]?.order_id
}

async function crossBorderCart(handle = "white-acacia-honey") {
  const cartId = await cartWith(sdk, [{ handle }])
  await declareCustoms(sdk, cartId, { real_name: "陈静", id_number: newIdNumber() })
  return cartId
}

let sdk: Sdk
beforeAll(() => {
  sdk = storeClient("en")
})

describe("payments through Stripe", () => {
  it("offers card, Alipay, WeChat Pay and pay-at-the-centre in China", async () => {
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: await chinaRegionId(sdk) })
    expect(payment_providers.map((p) => p.id).sort()).toEqual(
      ["pp_stripe-alipay_stripe", "pp_stripe-wechat-pay_stripe", "pp_stripe_stripe", "pp_system_default"].sort(),
    )
  })

  it("WeChat Pay: shows the QR code of the intent's next action, and the webhook completes the order", async () => {
    const cartId = await crossBorderCart()
    const session: any = await pay(sdk, cartId, "pp_stripe-wechat-pay_stripe")
    const qr = session.data.next_action.wechat_pay_display_qr_code
    expect(qr.image_data_url).toMatch(/^data:image\/png;base64,/)
    expect(session.data.payment_method_types).toEqual(["wechat_pay"])
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "total" })
    expect(session.data.amount).toBe(Math.round(Number(cart.total) * 100))

    // The buyer has not paid yet: completing now must not place an order.
    expect(await orderOf(cartId)).toBeUndefined()

    await control(`payment_intents/${session.data.id}/succeed`)
    await expect.poll(() => orderOf(cartId), { timeout: 20_000, interval: 250 }).toBeTruthy()
    const orderId = (await orderOf(cartId))!
    // The order exists before the completion has linked its payment collection: wait for the captured payment.
    const payment = async () =>
      (
        await sql<{ captured_at: string | null; amount: string }>(
          `select p.captured_at, p.amount from payment p
             join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
            where opc.order_id = $1`,
          [orderId],
        )
      )[0]
    await expect.poll(async () => (await payment())?.captured_at ?? null, { timeout: 20_000, interval: 250 }).toBeTruthy()

    // Stripe delivers events at least once: a redelivery changes nothing.
    const { data: events } = await control("events", "GET")
    const succeeded = events.find((e: any) => e.type === "payment_intent.succeeded" && e.data.object.id === session.data.id)
    // Acknowledged as processed already: the route answered without queuing anything, so nothing more can happen.
    await expect
      .poll(async () => (await sql<{ state: string }>("select state from webhook_receipt where id = $1", [succeeded.id]))[0]?.state, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("processed")
    const again = await control(`events/${succeeded.id}`)
    expect(again).toMatchObject({ status: 200, duplicate: true })
    const captures = await sql<{ count: string }>(
      `select count(*) from capture c join payment p on p.id = c.payment_id
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1`,
      [orderId],
    )
    expect(Number(captures[0].count)).toBe(1)
    const orders = await sql("select order_id from order_cart where cart_id = $1", [cartId])
    expect(orders).toHaveLength(1)
  })

  it("answers 400 to a forged webhook signature, and nothing changes", async () => {
    const cartId = await crossBorderCart()
    const session: any = await pay(sdk, cartId, "pp_stripe-wechat-pay_stripe")
    const forged = await control(`payment_intents/${session.data.id}/forge-success`)
    // Refused before anything was queued: the 400 is the whole of the route's handling.
    expect(forged.status).toBe(400)
    expect(await orderOf(cartId)).toBeUndefined()
    const intent = await control(`payment_intents/${session.data.id}`, "GET")
    expect(intent.status).toBe("requires_action")
  })

  it("Alipay: redirects to the authorisation page, returns to the shop, and the webhook completes the order", async () => {
    const cartId = await crossBorderCart("chust-thin-shell-walnuts")
    const returnUrl = `${testStack().backendUrl}/return-here?cart=${cartId}`
    const session: any = await pay(sdk, cartId, "pp_stripe-alipay_stripe", { return_url: returnUrl })
    const redirect = session.data.next_action.redirect_to_url
    expect(redirect.return_url).toBe(returnUrl)
    const page = await fetch(redirect.url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain("支付宝")
    const back = await fetch(`${redirect.url}/authorize`, { method: "POST", redirect: "manual" })
    expect(back.status).toBe(303)
    const location = new URL(back.headers.get("location")!)
    expect(location.searchParams.get("redirect_status")).toBe("succeeded")
    expect(location.searchParams.get("payment_intent")).toBe(session.data.id)
    await expect.poll(() => orderOf(cartId), { timeout: 20_000, interval: 250 }).toBeTruthy()
  })

  it("card: the buyer's confirmation (Stripe.js's job) then completion places a captured order", async () => {
    const cartId = await cartWith(sdk, [{ handle: "andijan-plain-derby" }], { locale: "en" })
    await declareCustoms(sdk, cartId, { real_name: "陈静", id_number: newIdNumber() })
    const session: any = await pay(sdk, cartId, "pp_stripe_stripe")
    expect(session.data.client_secret).toBeTruthy()

    const url = new URL(stripeUrl())
    const stripe = new Stripe("sk_test_bozor_double", { host: url.hostname, port: Number(url.port), protocol: "http" })
    const confirmed = await stripe.paymentIntents.confirm(session.data.id, { payment_method: "pm_card_visa" })
    expect(confirmed.status).toBe("succeeded")

    const result = await complete(sdk, cartId)
    expect(result.type).toBe("order")
  })

  it("a declined card leaves the cart intact with a clear message, and another card then succeeds", async () => {
    const cartId = await cartWith(sdk, [{ handle: "andijan-plain-derby" }], { locale: "en" })
    await declareCustoms(sdk, cartId, { real_name: "陈静", id_number: newIdNumber() })
    const session: any = await pay(sdk, cartId, "pp_stripe_stripe")
    const url = new URL(stripeUrl())
    const stripe = new Stripe("sk_test_bozor_double", { host: url.hostname, port: Number(url.port), protocol: "http" })
    const declined = await stripe.paymentIntents.confirm(session.data.id, { payment_method: "pm_card_chargeDeclined" }).catch((e) => e)
    expect(declined.type).toBe("StripeCardError")

    const error = await completionFailure(sdk, cartId)
    expect(error.message).toMatch(/not authorized/)
    const { cart } = await sdk.store.cart.retrieve(cartId)
    expect(cart.completed_at).toBeFalsy()
    expect(cart.items).toHaveLength(1)

    // Paying again starts a new payment session (the declined one is spent), as the shop's payment step does.
    const retry: any = await pay(sdk, cartId, "pp_stripe_stripe")
    await stripe.paymentIntents.confirm(retry.data.id, { payment_method: "pm_card_visa" })
    expect((await complete(sdk, cartId)).type).toBe("order")
  })
})
