import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { signInToAdmin } from "../support/admin"
import {
  addToCart,
  chooseDelivery,
  declareIdentity,
  fillAddress,
  idNumber,
  newEmail,
  payByCard,
  register,
  useStripeDouble,
} from "../support/shop"

test("Bozor's operators sign in to Medusa Admin with the printed login", async ({ page }) => {
  const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await page.locator('input[name="password"]').fill(DEMO_LOGINS.admin.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders$/, { timeout: 30_000 })
  // Signed in for real: the session holds and the orders list loads (not bounced back to the login form).
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible()
  await expect(page.locator('input[name="password"]')).toHaveCount(0)
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

test("the admin's order page shows the customs identity with the ID number masked, never whole", async ({ page, browser }) => {
  const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
  const id = idNumber()
  await useStripeDouble(page)
  await addToCart(page, "zh-CN", "white-acacia-honey")
  await page.goto("/zh-CN/checkout")
  await fillAddress(page, newEmail())
  await chooseDelivery(page, /直邮/)
  await declareIdentity(page, "陈静", id)
  await payByCard(page)
  const displayId = (await page.getByTestId("order-number").textContent())!.match(/\d+/)![0]

  // An operator, on their own browser.
  const staff = await (await browser.newContext()).newPage()
  await staff.goto(`${backend}/app/login`)
  await staff.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await staff.locator('input[name="password"]').fill(DEMO_LOGINS.admin.password)
  await staff.getByRole("button", { name: /continue/i }).click()
  await expect(staff).toHaveURL(/\/app\/orders$/, { timeout: 30_000 })
  await staff
    .getByRole("row")
    .filter({ hasText: `#${displayId}` })
    .first()
    .click()
  await expect(staff).toHaveURL(/\/app\/orders\/order_/)
  const widget = staff.getByTestId("admin-order-customs")
  await expect(widget).toContainText("陈静")
  await expect(widget).toContainText(`${id.slice(0, 4)}**********${id.slice(-4)}`)
  await expect(staff.locator("body")).not.toContainText(id)
  await staff.context().close()
})

test("the admin writes a Chinese customer's name family name first, as its owner does", async ({ page, browser }) => {
  // Spans the shop and Medusa Admin, whose first load in a fresh browser is the slowest page of the suite.
  test.slow()
  const email = await register(page, "zh-CN")
  const staff = await (await browser.newContext()).newPage()
  await signInToAdmin(staff)
  // Searched for, as an operator would: by now other journeys have registered more buyers than a page holds.
  await staff.goto(`${process.env.BOZOR_TEST_BACKEND_URL}/app/customers?q=${encodeURIComponent(email)}`)
  await staff.getByRole("row").filter({ hasText: email }).first().click()
  await expect(staff).toHaveURL(/\/app\/customers\/cus_/)
  await expect(staff.getByTestId("admin-customer-name")).toContainText("王芳")
  await staff.context().close()
})
