import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"

/**
 * An order export (buyers' names, e-mails, addresses) is a private file. Staff
 * signed in to Medusa Admin download it through the link Medusa gives them,
 * with their session; a stranger's browser opening the same link gets nothing.
 */
test("an order export downloads for signed-in staff, and not for a stranger with the link", async ({ page, browser }) => {
  const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
  await page.goto(`${backend}/app/login`)
  await page.locator('input[name="email"]').fill(DEMO_LOGINS.admin.email)
  await page.locator('input[name="password"]').fill(DEMO_LOGINS.admin.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/orders$/, { timeout: 30_000 })

  // The admin's own session (its cookie) asks for the export and reads the feed that links to it.
  const since = new Date(Date.now() - 1000).toISOString()
  expect((await page.request.post(`${backend}/admin/orders/export`)).status()).toBe(202)
  let url: string | undefined
  await expect
    .poll(
      async () => {
        const { notifications } = await (await page.request.get(`${backend}/admin/notifications?order=-created_at&limit=20`)).json()
        url = notifications.find((n: any) => n.created_at >= since && n.data?.file?.url)?.data.file.url
        return url
      },
      { timeout: 30_000 },
    )
    .toBeTruthy()

  const download = await page.request.get(url!)
  expect(download.status()).toBe(200)
  expect(await download.text()).toMatch(/^Order_ID,/)

  const stranger = await browser.newContext()
  const refused = await stranger.request.get(url!)
  expect(refused.status()).toBe(401)
  expect(await refused.text()).not.toContain("Order_ID")
  await stranger.close()
})
