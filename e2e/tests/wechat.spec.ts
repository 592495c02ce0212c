import { expect, test } from "@playwright/test"
import { addToCart, chooseDelivery, choosePayment, declareIdentity, fillAddress, idNumber, newEmail } from "../support/shop"

/** The stand-in for Stripe that `npm test` runs; what a buyer's phone would do is done through its control API. */
const stripe = process.env.BOZOR_TEST_STRIPE_URL

test("zh-CN: cross-border honey paid by WeChat Pay — QR shown, the webhook completes the order", async ({ page, request }) => {
  if (!stripe) throw new Error("BOZOR_TEST_STRIPE_URL is not set: run the journeys through `npm test`, which starts the Stripe stand-in.")
  await addToCart(page, "zh-CN", "white-acacia-honey")
  await page.goto("/zh-CN/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /直邮/)
  await declareIdentity(page, "陈静", idNumber())
  await choosePayment(page, "pp_stripe-wechat-pay_stripe")
  await page.getByTestId("place-order").click()
  const qr = page.getByTestId("wechat-qr")
  await expect(qr).toBeVisible()
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100)
  const intent = await qr.getAttribute("data-intent")
  expect(intent).toMatch(/^pi_/)
  const paid = await request.post(`${stripe}/__control/payment_intents/${intent}/succeed`)
  expect(paid.ok()).toBe(true)
  await expect(page.getByTestId("order-confirmed")).toBeVisible({ timeout: 30_000 })
})
