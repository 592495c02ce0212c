import { expect, test } from "@playwright/test"
import { addToCart, newEmail, register } from "../support/shop"

test("zh-CN: a signed-in buyer's checkout offers the address book and the account's e-mail, and saves a new address to the book", async ({
  page,
}) => {
  const email = await register(page, "zh-CN")
  // One address in the book already.
  await page.getByTestId("add-address").click()
  const editor = page.getByTestId("address-editor")
  for (const [name, value] of Object.entries({
    phone: "13900139000",
    lastName: "王",
    firstName: "芳",
    province: "广东省",
    city: "深圳市",
    district: "南山区",
    postalCode: "518000",
    street: "科技园路 1 号",
  })) {
    await editor.locator(`input[name="${name}"]`).fill(value)
  }
  await editor.getByTestId("save-saved-address").click()
  await expect(page.getByTestId("saved-address")).toHaveCount(1)

  await addToCart(page, "zh-CN", "apricot-wood-smoked-qurt")
  await page.goto("/zh-CN/checkout")
  const form = page.getByTestId("address-form")
  await expect(form.locator('input[name="email"]')).toHaveValue(email)
  await expect(page.getByTestId("checkout-sign-in")).toHaveCount(0)
  // The saved address is offered, and picking it fills the form.
  await expect(form.getByTestId("saved-address-option")).toHaveCount(1)
  await expect(form.getByTestId("saved-addresses")).toContainText("广东省深圳市南山区科技园路 1 号")
  await form.locator('input[name="city"]').fill("")
  await form.getByTestId("saved-address-option").check()
  await expect(form.locator('input[name="city"]')).toHaveValue("深圳市")

  // A new address typed here goes to the book when asked.
  for (const [name, value] of Object.entries({
    province: "广东省",
    city: "广州市",
    district: "海珠区",
    postalCode: "510335",
    street: "新港东路 1000 号",
  })) {
    await form.locator(`input[name="${name}"]`).fill(value)
  }
  await form.getByTestId("save-to-book").check()
  await form.getByTestId("save-address").click()
  await expect(page.getByTestId("delivery-form")).toBeVisible()
  await page.goto("/zh-CN/account")
  await expect(page.getByTestId("saved-address")).toHaveCount(2)
  await expect(page.getByTestId("address-list")).toContainText("广东省广州市海珠区新港东路 1000 号")
})

test("en: a guest signs in from the checkout and comes back to it, cart and all; a failed attempt keeps the e-mail", async ({
  page,
  browser,
}) => {
  // An account, made in another browser.
  const other = await (await browser.newContext()).newPage()
  const email = await register(other, "en")
  await other.context().close()

  await addToCart(page, "en", "sheep-milk-qurt")
  await page.goto("/en/checkout")
  await page.getByTestId("checkout-sign-in").click()
  await expect(page).toHaveURL(/\/en\/account\/login\?next=checkout/)
  await expect(page.getByTestId("back-to-checkout-note")).toBeVisible()
  const form = page.getByTestId("sign-in-form")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="password"]').fill("not-my-password")
  await form.getByTestId("sign-in").click()
  await expect(page.getByTestId("form-error")).toContainText("incorrect")
  await expect(form.locator('input[name="email"]')).toHaveValue(email)
  await form.locator('input[name="password"]').fill("journey-password-1")
  await form.getByTestId("sign-in").click()

  await expect(page).toHaveURL(/\/en\/checkout$/)
  await expect(page.getByTestId("address-form").locator('input[name="email"]')).toHaveValue(email)
  await expect(page.getByTestId("address-form").locator('input[name="lastName"]')).toHaveValue("王")
  await expect(page.getByTestId("checkout-sign-in")).toHaveCount(0)
})

test("a guest who creates an account from the checkout comes back to it too", async ({ page }) => {
  await addToCart(page, "zh-CN", "sheep-milk-qurt")
  await page.goto("/zh-CN/checkout")
  await page.getByTestId("checkout-sign-in").click()
  const email = newEmail()
  const form = page.getByTestId("register-form")
  await form.locator('input[name="lastName"]').fill("赵")
  await form.locator('input[name="firstName"]').fill("敏")
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="password"]').fill("journey-password-1")
  await form.getByTestId("register").click()
  await expect(page).toHaveURL(/\/zh-CN\/checkout$/)
  await expect(page.getByTestId("address-form").locator('input[name="email"]')).toHaveValue(email)
})
