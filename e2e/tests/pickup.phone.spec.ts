import { expect, test } from "@playwright/test"
import { addToCart, choosePayment, fillPickupContact, newEmail } from "../support/shop"

test("phone, zh-CN: a pickup order on a phone shows the code and its QR code within the screen", async ({ page }) => {
  await addToCart(page, "zh-CN", "sheep-milk-qurt")
  await page.goto("/zh-CN/checkout")
  await fillPickupContact(page, newEmail())
  await choosePayment(page, "pp_system_default")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  const qr = page.getByTestId("pickup-qr")
  await expect(qr).toBeVisible()
  const box = (await qr.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width)
  await expect(page.getByTestId("pickup-code")).toHaveText(/^\d{4} \d{4}$/)
})
