// @vitest-environment jsdom
import { NextIntlClientProvider } from "next-intl"
import { act } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { STRIPE_API_VERSION, StripeDouble } from "../../scripts/stripe-double/server"
import { installStripeJs } from "../../scripts/stripe-double/stripe-js"
import type { CardPayment as CardPaymentComponent, CompleteOrder } from "@/components/checkout/card-payment"
import en from "@/messages/en.json"
import zh from "@/messages/zh-CN.json"

/**
 * The card form against the Stripe stand-in: Stripe.js is replaced by its
 * stand-in (which speaks Stripe's HTTP API with the publishable key), the
 * payment intent is a real one on the local Stripe server, and the form's
 * outcome is read back from that server.
 */
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const SECRET = "sk_test_card_form"
const PUBLISHABLE = "pk_test_card_form"
const stripe = new StripeDouble({
  apiKey: SECRET,
  publishableKey: PUBLISHABLE,
  webhookSecret: "whsec_card_form",
  webhookBase: "http://127.0.0.1:9/hooks/",
})
/** What the backend's Stripe SDK sends with its secret key. */
const backendHeaders = { authorization: `Bearer ${SECRET}`, "stripe-version": STRIPE_API_VERSION }

async function newIntent(): Promise<{ id: string; client_secret: string }> {
  const res = await fetch(`${stripe.url}/v1/payment_intents`, {
    method: "POST",
    headers: { ...backendHeaders, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ amount: "29900", currency: "cny", capture_method: "manual", "payment_method_types[0]": "card" }),
  })
  return res.json()
}

async function intentStatus(id: string): Promise<string> {
  const res = await fetch(`${stripe.url}/v1/payment_intents/${id}`, { headers: backendHeaders })
  return (await res.json()).status
}

// Imported once the Stripe.js stand-in is on the window: @stripe/stripe-js looks for Stripe.js as soon as it is loaded.
let CardPayment: typeof CardPaymentComponent
let root: Root | undefined
let container: HTMLElement

async function renderForm(opts: {
  locale?: "en" | "zh-CN"
  clientSecret: string
  complete?: CompleteOrder
  blocked?: boolean
  stripeJs?: Promise<null>
}) {
  const locale = opts.locale ?? "en"
  container = document.createElement("div")
  document.body.appendChild(container)
  root = createRoot(container)
  await act(async () => {
    root!.render(
      <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh}>
        <CardPayment
          locale={locale}
          publishableKey={PUBLISHABLE}
          clientSecret={opts.clientSecret}
          providerId="pp_stripe_stripe"
          billing={{ name: "Chen Jing", email: "chen@example.com" }}
          blocked={opts.blocked ?? false}
          complete={opts.complete ?? (async () => ({}))}
          stripe={opts.stripeJs}
        />
      </NextIntlClientProvider>,
    )
  })
}

/** A fresh payment intent at the stand-in and the card form for it; `complete` records what the checkout would be asked. */
async function openForm(
  opts: { locale?: "en" | "zh-CN"; complete?: ReturnType<typeof vi.fn<CompleteOrder>>; blocked?: boolean; stripeJs?: Promise<null> } = {},
) {
  const intent = await newIntent()
  const complete = opts.complete ?? vi.fn<CompleteOrder>(async () => ({}))
  await renderForm({ ...opts, clientSecret: intent.client_secret, complete })
  return { intent, complete }
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`)

async function until(check: () => unknown, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return
    await act(() => new Promise((r) => setTimeout(r, 20)))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

async function typeCard(number: string) {
  await until(() => byTestId("stripe-card-number"), "the card element to mount")
  const input = byTestId("stripe-card-number") as HTMLInputElement
  await act(async () => {
    input.value = number
    input.dispatchEvent(new Event("input", { bubbles: true }))
  })
}

async function pay() {
  const button = byTestId("pay-card") as HTMLButtonElement
  await until(() => !button.disabled, "the pay button to be enabled")
  await act(async () => {
    button.form!.requestSubmit(button)
  })
}

const alerts = () => [...container.querySelectorAll('[role="alert"]')].map((e) => e.textContent)

beforeAll(async () => {
  await stripe.start()
  installStripeJs(stripe.url)
  ;({ CardPayment } = await import("@/components/checkout/card-payment"))
})
afterAll(() => stripe.stop())
afterEach(() => {
  act(() => root?.unmount())
  container?.remove()
})

describe("the card form (Stripe Elements)", () => {
  it("authorises the intent with a test card, then completes the order with the cart's provider", async () => {
    const { intent, complete } = await openForm()
    await typeCard("4242 4242 4242 4242")
    await pay()
    await until(() => complete.mock.calls.length > 0, "the order to be completed")
    const form = complete.mock.calls[0][1]
    expect(form.get("provider")).toBe("pp_stripe_stripe")
    expect(form.get("locale")).toBe("en")
    expect(await intentStatus(intent.id)).toBe("requires_capture")
    expect(alerts()).toEqual([])
  })

  it("explains a declined card in the buyer's language and does not complete the order", async () => {
    const { intent, complete } = await openForm({ locale: "zh-CN" })
    await typeCard("4000000000000002")
    await pay()
    await until(() => alerts().length > 0, "an error")
    expect(alerts()).toEqual([zh.checkout.card.errors.card_declined])
    expect(complete).not.toHaveBeenCalled()
    expect(await intentStatus(intent.id)).toBe("requires_payment_method")

    // The buyer tries another card in the same form: the same intent is authorised this time.
    await typeCard("5555555555554444")
    await pay()
    await until(() => complete.mock.calls.length > 0, "the order to be completed")
    expect(await intentStatus(intent.id)).toBe("requires_capture")
  })

  it("asks for the full card before calling Stripe", async () => {
    const { intent, complete } = await openForm()
    await typeCard("4242 4242")
    await pay()
    expect(alerts()).toEqual([en.checkout.card.errors.incomplete])
    expect(await intentStatus(intent.id)).toBe("requires_payment_method")
    expect(complete).not.toHaveBeenCalled()
  })

  it("completes the order when pressed again after an authorised intent failed to become an order", async () => {
    const { intent, complete } = await openForm({
      complete: vi.fn<CompleteOrder>().mockResolvedValueOnce({ error: "Not enough stock" }).mockResolvedValueOnce({}),
    })
    await typeCard("4242424242424242")
    await pay()
    await until(() => alerts().length > 0, "the completion error")
    expect(alerts()).toEqual(["Not enough stock"])
    await pay()
    await until(() => complete.mock.calls.length === 2, "the second completion")
    expect(await intentStatus(intent.id)).toBe("requires_capture")
  })

  it("shows the limits are in the way instead of a pay button that works", async () => {
    await openForm({ blocked: true })
    await until(() => byTestId("stripe-card-number"), "the card element to mount")
    const button = byTestId("pay-card") as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.textContent).toBe(en.checkout.fixFirst)
  })

  it("says so when Stripe.js cannot load, instead of a form that cannot pay", async () => {
    await openForm({ stripeJs: Promise.resolve(null) })
    await until(() => byTestId("card-unavailable"), "the unavailable notice")
    expect(byTestId("card-unavailable")!.textContent).toBe(en.checkout.card.unavailable)
    expect(byTestId("card-form")).toBeNull()
  })
})
