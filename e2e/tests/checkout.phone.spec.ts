import { expect, test } from "@playwright/test"
import { addToCart, chooseDelivery, choosePayment, fillAddress, newEmail } from "../support/shop"

test("phone, zh-CN: find honey by typing 蜂蜜, buy it, pick it up at the centre", async ({ page }) => {
  await page.goto("/zh-CN")
  await page.getByTestId("search-input").fill("蜂蜜")
  await page.getByTestId("search-input").press("Enter")
  await expect(page.getByTestId("product-card").first()).toContainText("蜜")
  await addToCart(page, "zh-CN", "zaamin-comb-honey")
  await page.goto("/zh-CN/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /自提/)
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
})
