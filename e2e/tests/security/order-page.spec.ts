import { expect, test } from "@playwright/test"
import { addToCart, chooseDelivery, choosePayment, fillAddress, newEmail } from "../../support/shop"

/**
 * The confirmation page's address is forwarded with every e-mail a buyer
 * forwards. A stranger who opens it in a fresh browser sees the order's status
 * and goods, never the buyer's name, phone or address, and can only ask for a
 * link to be sent to the order's own e-mail address.
 */
test("a guest's order page opened by someone else shows status and goods only, the signed link everything", async ({ page, browser }) => {
  const email = newEmail()
  await addToCart(page, "en", "sheep-milk-qurt")
  await page.goto("/en/checkout")
  await fillAddress(page, email)
  await chooseDelivery(page, /pickup|centre/i)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  await expect(page.locator("main")).toContainText("13800138000")
  const signed = new URL(page.url())
  expect(signed.searchParams.get("access")).toBeTruthy()

  const stranger = await browser.newContext()
  const other = await stranger.newPage()
  await other.goto(signed.pathname)
  await expect(other.getByTestId("order-status")).toBeVisible()
  await expect(other.getByTestId("order-lines")).toContainText("× 1")
  await expect(other.getByTestId("order-limited")).toBeVisible()
  const text = (await other.locator("main").innerText()) + (await other.content())
  for (const personal of ["13800138000", "138 0013 8000", "新港东路", email, "王芳"]) expect(text).not.toContain(personal)

  // Asking for a link says the same whatever the address, and never shows the order's.
  await other.getByTestId("request-order-link").locator('input[name="email"]').fill("stranger@else.test")
  await other.getByTestId("request-order-link").getByRole("button").click()
  await expect(other.getByTestId("order-link-sent")).toContainText("on its way")

  // The signed link itself opens everything, in any browser.
  await other.goto(signed.pathname + signed.search)
  await expect(other.getByTestId("order-confirmed")).toBeVisible()
  await expect(other.locator("main")).toContainText("13800138000")
  await stranger.close()
})
