import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { StripeDouble } from "../../../scripts/stripe-double/server"
import { freePort, startBackendProcess, type BackendProcess } from "../backend-process"
import { sql, testStack } from "../helpers"
import { cartWith, pay, type Sdk } from "../shop"

/**
 * Stripe delivers an event until it is acknowledged, and again whenever it is
 * resent; the shop acknowledges a WeChat Pay success before it processes it
 * (after the payment module's webhook delay). An event counts as received
 * only once its processing succeeded: a delivery whose processing never
 * happened (the process died) or failed (Stripe's API was unreachable) is
 * processed when Stripe delivers it again, and a redelivery after success
 * changes nothing. The receipts live in PostgreSQL, so this holds across
 * backend processes.
 *
 * These backends talk to a Stripe stand-in of their own, whose webhooks reach
 * them (the stack's stand-in sends its webhooks to the stack's backend).
 */
const PRODUCT = "shahrisabz-qurt-classic"
const WECHAT = "pp_stripe-wechat-pay_stripe"

let stripe: StripeDouble
/** Stripe's stand-in sends its webhooks to this port: the process listening there receives them. */
let port: number
/** The shop's backend for these tests, started once (on `port`) and shared: a backend takes a while to start. */
let shop: BackendProcess | undefined
const shopProcess = async () => (shop ??= await backend())

const control = async (path: string, method = "POST") => (await fetch(`${stripe.url}/__control/${path}`, { method })).json() as Promise<any>

/**
 * Stripe resends an event (as it does when a delivery was not acknowledged, or from its dashboard): the webhook
 * route's status, and whether it acknowledged an event it had processed already (then it queued nothing).
 */
const redeliver = async (eventId: string) => (await control(`events/${eventId}`)) as { status: number; duplicate: boolean }

async function orderOf(cartId: string): Promise<string | undefined> {
  const rows = await sql<{ order_id: string }>("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cartId])
  return rows[0]?.order_id
}

async function captures(orderId: string): Promise<number> {
  const [row] = await sql<{ count: string }>(
    `select count(*) from capture c join payment p on p.id = c.payment_id
       join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1`,
    [orderId],
  )
  return Number(row.count)
}

/** A backend whose Stripe is the stand-in above; it processes a webhook 5 s after acknowledging it (Medusa's delay). */
const backend = () => startBackendProcess({ port, env: { STRIPE_API_BASE: stripe.url } })

const storeOf = (process: BackendProcess): Sdk => new Medusa({ baseUrl: process.url, publishableKey: testStack().publishableKey })

/** A WeChat Pay payment waiting for the buyer; the buyer pays, Stripe sends payment_intent.succeeded. */
async function buyerPays(process: BackendProcess) {
  const sdk = storeOf(process)
  const cartId = await cartWith(sdk, [{ handle: PRODUCT }])
  const session: any = await pay(sdk, cartId, WECHAT)
  await control(`payment_intents/${session.data.id}/succeed`)
  const { data: events } = await control("events", "GET")
  const succeeded = events.find((e: any) => e.type === "payment_intent.succeeded" && e.data.object.id === session.data.id)
  return { cartId, eventId: succeeded.id as string }
}

const lastDelivery = async (eventId: string) =>
  ((await control("events", "GET")).deliveries as { event_id: string; status: number }[]).filter((d) => d.event_id === eventId).pop()

beforeAll(async () => {
  port = await freePort()
  stripe = new StripeDouble({
    apiKey: process.env.STRIPE_API_KEY ?? "sk_test_bozor_double",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_bozor_double",
    webhookBase: `http://localhost:${port}/hooks/payment/`,
    port: await freePort(),
  })
  await stripe.start()
})

afterAll(async () => {
  await shop?.stop()
  await stripe.stop()
})

describe("Stripe webhooks: received means processed", () => {
  it("a success acknowledged by a process that died before processing it creates the order when Stripe redelivers it", async () => {
    // This process acknowledges the delivery, and dies before its webhook delay is over.
    const doomed = await backend()
    try {
      const { cartId, eventId } = await buyerPays(doomed)
      expect((await lastDelivery(eventId))?.status).toBe(200)
      await doomed.kill()
      expect(await orderOf(cartId)).toBeUndefined()

      await shopProcess()
      expect(await redeliver(eventId)).toEqual({ status: 200, duplicate: false })
      await expect.poll(() => orderOf(cartId), { timeout: 30_000, interval: 250 }).toBeTruthy()
      const orderId = (await orderOf(cartId))!
      await expect.poll(() => captures(orderId), { timeout: 20_000, interval: 250 }).toBe(1)

      // Processed now: another redelivery is acknowledged as such and queued for nothing, so it changes nothing.
      await expect
        .poll(async () => (await sql<{ state: string }>("select state from webhook_receipt where id = $1", [eventId]))[0]?.state, {
          timeout: 20_000,
          interval: 250,
        })
        .toBe("processed")
      expect(await redeliver(eventId)).toEqual({ status: 200, duplicate: true })
      expect(await captures(orderId)).toBe(1)
      expect(await sql("select order_id from order_cart where cart_id = $1", [cartId])).toHaveLength(1)
      const [receipt] = await sql<{ state: string }>("select state from webhook_receipt where id = $1", [eventId])
      expect(receipt.state).toBe("processed")
    } finally {
      await doomed.kill()
    }
  }, 300_000)

  it("a success whose processing failed (Stripe's API unreachable) is processed when Stripe redelivers it", async () => {
    const sdk = storeOf(await shopProcess())
    const cartId = await cartWith(sdk, [{ handle: PRODUCT }])
    const session: any = await pay(sdk, cartId, WECHAT)
    // The buyer pays; the delivery is acknowledged, and Stripe's API goes away before the shop asks it about the payment.
    const intent = await control(`payment_intents/${session.data.id}/succeed`)
    expect(intent.status).toBe("succeeded")
    await stripe.stop()
    await new Promise((r) => setTimeout(r, 10_000))
    await stripe.start()
    expect(await orderOf(cartId)).toBeUndefined()

    const { data: events } = await control("events", "GET")
    const succeeded = events.find((e: any) => e.type === "payment_intent.succeeded" && e.data.object.id === session.data.id)
    expect((await redeliver(succeeded.id)).status).toBe(200)
    await expect.poll(() => orderOf(cartId), { timeout: 30_000, interval: 250 }).toBeTruthy()
    await expect.poll(async () => captures((await orderOf(cartId))!), { timeout: 20_000, interval: 250 }).toBe(1)
  }, 300_000)

  it("the same event delivered to two processes at once is processed once", async () => {
    const first = await shopProcess()
    const second = await startBackendProcess({ env: { STRIPE_API_BASE: stripe.url } })
    try {
      const sdk = storeOf(first)
      const cartId = await cartWith(sdk, [{ handle: PRODUCT }])
      const session: any = await pay(sdk, cartId, WECHAT)
      await control(`payment_intents/${session.data.id}/succeed`)
      const { data: events } = await control("events", "GET")
      const event = events.find((e: any) => e.type === "payment_intent.succeeded" && e.data.object.id === session.data.id)
      // Stripe's stand-in delivered it to the first process; the second gets the same signed event at the same moment.
      const { signStripePayload, stripeEventPayload } = await import("../../../scripts/stripe-double/server")
      const payload = stripeEventPayload(event)
      const signature = signStripePayload(payload, process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_bozor_double")
      const statuses = await Promise.all(
        [second, second, first].map((p) =>
          fetch(`${p.url}/hooks/payment/${event.provider}`, {
            method: "POST",
            headers: { "content-type": "application/json", "stripe-signature": signature },
            body: payload,
          }).then((r) => r.status),
        ),
      )
      expect(statuses).toEqual([200, 200, 200])
      await expect.poll(() => orderOf(cartId), { timeout: 30_000, interval: 250 }).toBeTruthy()
      const orderId = (await orderOf(cartId))!
      await new Promise((r) => setTimeout(r, 7000)) // every delivery's webhook delay is over
      expect(await captures(orderId)).toBe(1)
      expect(await sql("select order_id from order_cart where cart_id = $1", [cartId])).toHaveLength(1)
    } finally {
      await second.stop()
    }
  }, 300_000)
})
