import { expect, test, type Locator } from "@playwright/test"
import { addToCart, chooseDelivery, fillAddress as fillCheckoutAddressForm, idNumber, newEmail, register } from "../support/shop"

async function fillCheckoutAddress(page: import("@playwright/test").Page) {
  await fillCheckoutAddressForm(page, newEmail())
  await chooseDelivery(page, /direct mail/i)
  await expect(page.getByTestId("customs-form")).toBeVisible()
}

async function fillAddress(form: Locator, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await form.locator(`input[name="${name}"]`).fill(value)
}

test("zh-CN: the address book adds, checks, changes and removes addresses, and the checkout starts from it", async ({ page }) => {
  await register(page, "zh-CN")
  await page.getByTestId("add-address").click()
  const editor = page.getByTestId("address-editor")
  await fillAddress(editor, {
    phone: "12345",
    lastName: "王",
    firstName: "芳",
    province: "广东省",
    city: "广州市",
    district: "海珠区",
    postalCode: "510335",
    street: "新港东路 1000 号",
  })
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

test("zh-CN: a customs identity's empty fields are named; a saved identity can be removed", async ({ page }) => {
  await register(page, "zh-CN")
  const form = page.getByTestId("identity-form")
  await form.getByTestId("add-identity").click()
  await expect(form.getByTestId("form-error")).toHaveText("请先填写真实姓名（与身份证一致）和身份证号码。")
  await form.locator('input[name="realName"]').fill("陈静")
  await form.getByTestId("add-identity").click()
  await expect(form.getByTestId("form-error")).toHaveText("请先填写身份证号码。")
  await expect(form.locator('input[name="realName"]')).toHaveValue("陈静")
  await form.locator('input[name="idNumber"]').fill(idNumber())
  await form.getByTestId("add-identity").click()
  const saved = page.getByTestId("saved-identity")
  await expect(saved).toHaveCount(1)
  await expect(saved).toContainText("陈静")
  await expect(page.locator("body")).not.toContainText("(id_number)")

  await saved.getByTestId("remove-identity").click()
  await expect(saved).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId("saved-identity")).toHaveCount(0)
})

test("en: the checkout's customs form names empty fields before sending anything", async ({ page }) => {
  await addToCart(page, "en", "white-acacia-honey")
  await page.goto("/en/checkout")
  await fillCheckoutAddress(page)
  const form = page.getByTestId("customs-form")
  await form.getByTestId("payer-is-buyer").check()
  await form.getByTestId("save-customs").click()
  await expect(form.getByTestId("form-error")).toHaveText("Fill in Real name (as on the ID card) and ID number first.")
  await expect(form.getByTestId("payer-is-buyer")).toBeChecked()
  await expect(form).not.toContainText(/\(id_number\)|real_name|idNumber/)
})
