import { expect, test } from "@playwright/test"
import { addToCart } from "../support/shop"

test("a cart filled in Chinese names its goods in English once the buyer switches the shop to English, and back", async ({ page }) => {
  await page.goto("/en/products/white-acacia-honey")
  const english = (await page.getByTestId("product-title").textContent())!.trim()
  await page.goto("/zh-CN/products/white-acacia-honey")
  const chinese = (await page.getByTestId("product-title").textContent())!.trim()
  expect(chinese).not.toBe(english)

  await addToCart(page, "zh-CN", "white-acacia-honey")
  await page.goto("/zh-CN/cart")
  const title = page.locator('[data-testid="cart-line"][data-handle="white-acacia-honey"] a').first()
  await expect(title).toHaveText(chinese)
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(/\/en\/cart$/)
  await expect(title).toHaveText(english)
  await page.getByTestId("language-switch").click()
  await expect(page).toHaveURL(/\/zh-CN\/cart$/)
  await expect(title).toHaveText(chinese)
})
