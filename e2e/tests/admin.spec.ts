import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"

test("consulate staff sign in to Medusa Admin with the printed login", async ({ page }) => {
  const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await page.locator('input[name="password"]').fill(DEMO_LOGINS.admin.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })
})

test("the admin refuses a wrong password", async ({ page }) => {
  const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await page.locator('input[name="password"]').fill("not-the-password")
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page.getByText(/invalid email or password/i)).toBeVisible()
  await expect(page).toHaveURL(/\/app\/login/)
})
