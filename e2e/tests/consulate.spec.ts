import { expect, test } from "@playwright/test"
import { randomUUID } from "node:crypto"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { productIdOf } from "../support/admin"
import { portal } from "../support/portal"
import { addToCart, chooseDelivery, choosePayment, fillAddress, newEmail } from "../support/shop"

/**
 * Issue 18's consulate journey, without a developer: staff sign in to the partner portal, create a Navruz campaign
 * with a budget and a 15 % code on Zaamin honey, a consumer buys the honey with the code in the shop, and the
 * campaign's report shows the redemption and the revenue.
 */
test("consulate staff run a 15 % code campaign with a budget, and its report shows the redemption", async ({ page }) => {
  test.setTimeout(240_000)
  const suffix = randomUUID().slice(0, 6).toUpperCase()
  const code = `NAVRUZ${suffix}`
  const honey = await productIdOf("zaamin-mountain-honey")

  await page.goto(`${portal}/sign-in`)
  await page.getByLabel("Consulate staff").check()
  await page.getByLabel("E-mail").fill(DEMO_LOGINS.consulate.email)
  await page.getByLabel("Password").fill(DEMO_LOGINS.consulate.password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Listings" })).toHaveCount(0)

  await page.getByLabel("Name", { exact: true }).fill(`Navruz ${suffix}`)
  await page.getByLabel("Budget limit").fill("500")
  await page.getByLabel("Code", { exact: true }).fill(code.toLowerCase())
  await page.getByLabel("Name in Chinese").fill("纳吾肉孜节蜂蜜85折")
  await page.getByLabel("Name in English").fill("Navruz honey: 15 % off")
  await page.getByLabel("Percent").fill("15")
  await page.getByLabel(/^Products/).fill(honey)
  await page.getByRole("button", { name: "Create the campaign" }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Navruz ${suffix}` })).toBeVisible()
  await expect(page.getByText(code)).toBeVisible()
  await expect(page.getByText(/Budget: ¥0\.00 of ¥500\.00 given, ¥500\.00 left/)).toBeVisible()

  // A consumer buys the honey with the code.
  await addToCart(page, "en", "zaamin-mountain-honey", 1)
  await page.goto("/en/cart")
  await page.locator("#promo-code").fill(code)
  await page.getByTestId("apply-promo").click()
  await expect(page.getByTestId("applied-promo")).toHaveText(new RegExp(code))
  await page.getByTestId("go-to-checkout").click()
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /Pick up/)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()

  // The report (the portal keeps its session) shows one order that redeemed the code, and the budget spent.
  await page.goto(`${portal}/campaigns`)
  await page.getByRole("link", { name: `Navruz ${suffix}` }).click()
  await page.getByRole("link", { name: "Report" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible()
  await expect(page.locator('[data-metric="orders"]')).toHaveText("1")
  await expect(page.locator('[data-metric="redemptions"]')).toHaveText("1")
  await expect(page.locator('[data-metric="revenue"]')).toHaveText(/¥/)
  await expect(page.locator('[data-metric="discount"]')).toHaveText(/\/ ¥500\.00/)
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /format=csv/)
})
