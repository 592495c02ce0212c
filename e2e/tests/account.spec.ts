import { expect, test, type Locator } from "@playwright/test"
import { addToCart, register } from "../support/shop"

async function fillAddress(form: Locator, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await form.locator(`input[name="${name}"]`).fill(value)
}

test("zh-CN: the address book adds, checks, changes and removes addresses, and the checkout starts from it", async ({ page }) => {
  await register(page, "zh-CN")
  await page.getByTestId("add-address").click()
  const editor = page.getByTestId("address-editor")
  await fillAddress(editor, { phone: "12345", lastName: "王", firstName: "芳", province: "广东省", city: "广州市", district: "海珠区", postalCode: "510335", street: "新港东路 1000 号" })
  await editor.getByTestId("save-saved-address").click()
  // A wrong mobile number is refused with the rule, in Chinese, and nothing typed is lost.
  await expect(editor).toContainText("11 位中国大陆手机号码")
  await expect(editor.locator('input[name="street"]')).toHaveValue("新港东路 1000 号")
  await editor.locator('input[name="phone"]').fill("139 0013 9000")
  await editor.getByTestId("save-saved-address").click()
  const saved = page.getByTestId("saved-address")
  await expect(saved).toHaveCount(1)
  await expect(saved).toContainText("13900139000")

  await saved.getByTestId("edit-address").click()
  await saved.locator('input[name="city"]').fill("深圳市")
  await saved.getByTestId("save-saved-address").click()
  await expect(saved).toContainText("广东省深圳市海珠区")

  await addToCart(page, "zh-CN", "sheep-milk-qurt")
  await page.goto("/zh-CN/checkout")
  const form = page.getByTestId("address-form")
  await expect(form.locator('input[name="phone"]')).toHaveValue("13900139000")
  await expect(form.locator('input[name="city"]')).toHaveValue("深圳市")

  await page.goto("/zh-CN/account")
  await page.getByTestId("remove-address").click()
  await expect(page.getByTestId("saved-address")).toHaveCount(0)
})
