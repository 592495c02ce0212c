import { expect, test } from "@playwright/test"
import { installStripeJs } from "../../scripts/stripe-double/stripe-js"
import { addToCart, chooseDelivery, choosePayment, declareIdentity, fillAddress, idNumber, newEmail } from "../support/shop"

/**
 * Cards go through Stripe Elements, whose script (js.stripe.com) this offline
 * machine cannot load: the page gets the Stripe.js stand-in instead, which
 * confirms the payment intent with the buyer's test card against the local
 * Stripe server, as Stripe.js would against Stripe's.
 */
const stripe = process.env.BOZOR_TEST_STRIPE_URL

test.beforeEach(async ({ page }) => {
  if (!stripe) throw new Error("BOZOR_TEST_STRIPE_URL is not set: run the journeys through `npm test`, which starts the Stripe stand-in.")
  await page.route("https://js.stripe.com/**", (route) => route.abort())
  await page.addInitScript(installStripeJs, stripe)
})

async function toCardForm(page: import("@playwright/test").Page) {
  await addToCart(page, "en", "andijan-cap-toe-oxford")
  await page.goto("/en/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /direct mail/i)
  await declareIdentity(page, "陈静", idNumber())
  await choosePayment(page, "pp_stripe_stripe")
  await expect(page.getByTestId("card-form")).toBeVisible()
}

test("en: leather shoes paid by card — declined card explained, then another card authorises the order", async ({ page, request }) => {
  await toCardForm(page)
  const card = page.getByTestId("stripe-card-number")

  await card.fill("4000 0000 0000 0002")
  await page.getByTestId("pay-card").click()
  await expect(page.getByTestId("card-form").getByRole("alert")).toContainText("declined")
  await expect(page).toHaveURL(/\/en\/checkout/)

  await card.fill("4242 4242 4242 4242")
  await page.getByTestId("pay-card").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible({ timeout: 30_000 })

  // The card intent (the newest: the stand-in lists them in order, and journeys run one at a time) is paid at Stripe
  // with the second card (the shop's provider captures on confirmation).
  const { data: intents } = await (await request.get(`${stripe}/__control/payment_intents`)).json()
  const intent = intents.filter((i: any) => i.payment_method_types.includes("card")).at(-1)
  expect(intent).toMatchObject({ status: "succeeded", payment_method: "pm_card_visa", currency: "cny" })
})
