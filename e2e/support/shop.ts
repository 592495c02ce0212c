import { expect, type Page } from "@playwright/test"
import { randomUUID } from "node:crypto"
import { installStripeJs } from "../../scripts/stripe-double/stripe-js"

/** What a buyer does in the shop, step by step, through the real pages. */

export const newEmail = () => `e2e-${randomUUID().slice(0, 8)}@bozor.test`

export async function register(page: Page, locale: "zh-CN" | "en", email = newEmail()) {
  await page.goto(`/${locale}/account/login`)
  const form = page.getByTestId("register-form")
  await form.locator('input[name="lastName"]').fill("王")
  await form.locator('input[name="firstName"]').fill("芳")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="password"]').fill("journey-password-1")
  await form.getByTestId("register").click()
  await expect(page.getByTestId("account-title")).toBeVisible()
  return email
}

export async function addToCart(page: Page, locale: string, handle: string, variantIndex = 0) {
  await page.goto(`/${locale}/products/${handle}`)
  const options = page.getByTestId("variant-option")
  if ((await options.count()) > 1) {
    await options.nth(variantIndex).click()
    await expect(page).toHaveURL(/variant=variant_/)
  }
  await page.getByTestId("add-to-cart").click()
  await expect(page.getByTestId("added")).toBeVisible()
}

export async function fillAddress(page: Page, email: string) {
  const form = page.getByTestId("address-form")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="phone"]').fill("138 0013 8000")
  await form.locator('input[name="lastName"]').fill("王")
  await form.locator('input[name="firstName"]').fill("芳")
  await form.locator('input[name="province"]').fill("广东省")
  await form.locator('input[name="city"]').fill("广州市")
  await form.locator('input[name="district"]').fill("海珠区")
  await form.locator('input[name="postalCode"]').fill("510335")
  await form.locator('input[name="street"]').fill("新港东路 1000 号")
  await form.getByTestId("save-address").click()
  await expect(page.getByTestId("delivery-form")).toBeVisible()
}

/** Picks, for each part of the order, the option whose label matches (pickup at the centre, direct mail…). */
export async function chooseDelivery(page: Page, label: RegExp) {
  const form = page.getByTestId("delivery-form")
  for (const fieldset of await form.locator("fieldset").all()) {
    const radios = await fieldset.getByTestId("delivery-option").all()
    const labels = await Promise.all(radios.map((r) => r.getAttribute("data-label")))
    const index = labels.findIndex((l) => label.test(l ?? ""))
    await radios[Math.max(0, index)].check()
  }
  await form.getByTestId("save-delivery").click()
}

export async function declareIdentity(page: Page, name: string, idNumber: string) {
  const form = page.getByTestId("customs-form")
  await form.locator('input[name="realName"]').fill(name)
  await form.locator('input[name="idNumber"]').fill(idNumber)
  await form.getByTestId("payer-is-buyer").check()
  await form.getByTestId("save-customs").click()
  await expect(page.getByTestId("payment-form")).toBeVisible()
}

export async function choosePayment(page: Page, providerId: string) {
  await page.getByTestId(`provider-${providerId}`).check()
  await page.getByTestId("save-payment").click()
  await expect(page.getByTestId("review")).toBeVisible()
}

/** A valid PRC ID number (GB 11643 check character), different each time. */
export function idNumber(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const first17 = `440106199${Math.floor(Math.random() * 10)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 999)).padStart(3, "0")}`
  const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0)
  const check = (12 - (sum % 11)) % 11
  return first17 + (check === 10 ? "X" : String(check))
}

/**
 * Stripe.js for this page: js.stripe.com is out of reach here, so the page gets the stand-in, which confirms card
 * payments against the local Stripe server as Stripe.js would against Stripe's. Call before the first navigation.
 */
export async function useStripeDouble(page: Page) {
  const stripe = process.env.BOZOR_TEST_STRIPE_URL
  if (!stripe) throw new Error("BOZOR_TEST_STRIPE_URL is not set: run the journeys through `npm test`, which starts the Stripe stand-in.")
  await page.route("https://js.stripe.com/**", (route) => route.abort())
  await page.addInitScript(installStripeJs, stripe)
}

/** Pays by card on the review step (a parcel from Tashkent is paid online) and waits for the confirmation. */
export async function payByCard(page: Page, number = "4242 4242 4242 4242") {
  await choosePayment(page, "pp_stripe_stripe")
  await expect(page.getByTestId("card-form")).toBeVisible()
  await page.getByTestId("stripe-card-number").fill(number)
  await page.getByTestId("pay-card").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible({ timeout: 30_000 })
}

/** Fills in who collects a pickup at the Guangzhou centre (the first step's pickup choice), and goes on. */
export async function fillPickupContact(page: Page, email: string, contact = { lastName: "王", firstName: "芳", phone: "139 0013 9000" }) {
  const form = page.getByTestId("address-form")
  await form.getByTestId("receive-pickup").check()
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="phone"]').fill(contact.phone)
  await form.locator('input[name="lastName"]').fill(contact.lastName)
  await form.locator('input[name="firstName"]').fill(contact.firstName)
  await form.getByTestId("save-address").click()
}
