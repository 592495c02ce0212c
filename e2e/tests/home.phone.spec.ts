import { expect, test } from "@playwright/test"

test("the home page fits a phone screen", async ({ page }) => {
  await page.goto("/zh-CN")
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
