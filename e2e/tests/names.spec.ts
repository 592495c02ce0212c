import { expect, test, type Page } from "@playwright/test"
import { newEmail } from "../support/shop"

async function registerAs(page: Page, locale: "zh-CN" | "en", lastName: string, firstName: string) {
  await page.goto(`/${locale}/account/login`)
  const form = page.getByTestId("register-form")
  await form.locator('input[name="lastName"]').fill(lastName)
  await form.locator('input[name="firstName"]').fill(firstName)
  await form.locator('input[name="email"]').fill(newEmail())
  await form.locator('input[name="password"]').fill("journey-password-1")
  await form.getByTestId("register").click()
}

test("en: the shop greets a buyer given name first, with a space", async ({ page }) => {
  await registerAs(page, "en", "Wang", "Fang")
  await expect(page.getByTestId("account-title")).toHaveText("Hello, Fang Wang")
})

test("zh-CN: a name in Chinese characters is family name first, as it is written", async ({ page }) => {
  await registerAs(page, "zh-CN", "王", "芳")
  await expect(page.getByTestId("account-title")).toHaveText("您好，王芳")
  await page.getByTestId("language-switch").click()
  await expect(page.getByTestId("account-title")).toHaveText("Hello, 王芳")
})
