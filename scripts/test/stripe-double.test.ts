import { createRequire } from "node:module"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { STRIPE_API_VERSION, StripeDouble } from "../stripe-double/server"

// The SDK the backend's payment providers use, resolved as the backend resolves it.
const backendRequire = createRequire(path.resolve(__dirname, "../../backend/package.json"))
const Stripe = backendRequire("stripe") as typeof import("stripe").default

const apiKey = "sk_test_stand_in"
const double = new StripeDouble({ apiKey, webhookSecret: "whsec_stand_in", webhookBase: "http://127.0.0.1:1/hooks/payment/" })
let base: URL

beforeAll(async () => {
  base = new URL(await double.start())
})
afterAll(() => double.stop())

describe("Stripe stand-in", () => {
  it("speaks the API version that the backend's Stripe SDK sends", async () => {
    const stripe = new Stripe(apiKey, { host: base.hostname, port: Number(base.port), protocol: "http", maxNetworkRetries: 0 })
    const intent = await stripe.paymentIntents.create({ amount: 8800, currency: "cny", payment_method_types: ["card"] })
    expect(intent.status).toBe("requires_payment_method")
    expect(intent.amount).toBe(8800)
  })

  it("keeps customers, as Medusa's provider creates one for a signed-in buyer", async () => {
    const stripe = new Stripe(apiKey, { host: base.hostname, port: Number(base.port), protocol: "http", maxNetworkRetries: 0 })
    const customer = await stripe.customers.create({ email: "li.na@bozor.test", name: "李娜" })
    expect(customer.id).toMatch(/^cus_/)
    expect((await stripe.customers.retrieve(customer.id)) as { email: string }).toMatchObject({ email: "li.na@bozor.test" })
    await expect(stripe.customers.retrieve("cus_missing")).rejects.toThrow(/No such customer/)
  })

  it("refuses a request for another API version, as Stripe refuses one it does not know", async () => {
    const before = double.intents.size
    const body = new URLSearchParams({ amount: "8800", currency: "cny" })
    const response = await fetch(new URL("/v1/payment_intents", base), {
      method: "POST",
      headers: {
        authorization: `Bearer ${apiKey}`,
        "stripe-version": "2026-10-28.endive",
        "content-type": "application/x-www-form-urlencoded",
      },
      body,
    })
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: { message: string; param: string } }
    expect(error.param).toBe("Stripe-Version")
    expect(error.message).toContain(STRIPE_API_VERSION)
    expect(double.intents.size).toBe(before)
  })
})
