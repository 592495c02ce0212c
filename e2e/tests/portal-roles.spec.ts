import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { portal } from "../support/portal"

/** The portal serves two kinds of partner through one sign-in page: each is told, and kept, to its own screens. */

test("consulate staff who leave “Exporter” chosen are told to choose “Consulate staff”, keep what they typed, and get in", async ({
  page,
}) => {
  await page.goto(`${portal}/sign-in`)
  await page.getByLabel(/Language|Til|Язык|语言/).selectOption("en")
  await page.getByLabel("Exporter").check()
  await page.getByLabel("E-mail").fill(DEMO_LOGINS.consulate.email)
  await page.getByLabel("Password", { exact: true }).fill(DEMO_LOGINS.consulate.password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("alert")).toContainText("This account is not an exporter's")
  await expect(page.getByLabel("E-mail")).toHaveValue(DEMO_LOGINS.consulate.email)
  await page.getByLabel("Consulate staff").check()
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page).toHaveURL(/\/portal\/campaigns$/)
  // On first start the consulate's campaigns are there: the running Spring Festival campaign among them.
  await expect(page.getByText("Spring Festival gift boxes: 12 % off").first()).toBeVisible()
  // Its account page speaks of the consulate, not of an exporter's company.
  await page.goto(`${portal}/account`)
  await expect(page.getByText("Consulate staff", { exact: false }).first()).toBeVisible()
  await expect(page.getByText("Not yet verified")).toHaveCount(0)
  await expect(page.getByText("Company", { exact: true })).toHaveCount(0)
})

test("a link to an exporter's screen takes consulate staff to their own first screen, not to an empty exporter page", async ({
  page,
  request,
}) => {
  await page.goto(`${portal}/nominations`)
  await expect(page).toHaveURL(/\/portal\/sign-in\?next=/)
  // The tab shows Bozor's mark, served by the portal itself.
  const icon = await page.locator('link[rel="icon"]').getAttribute("href")
  const served = await request.get(new URL(icon!, page.url()).toString())
  expect(served.status()).toBe(200)
  expect(served.headers()["content-type"]).toContain("image/svg+xml")
  await page.getByLabel(/Language|Til|Язык|语言/).selectOption("en")
  await page.getByLabel("Consulate staff").check()
  await page.getByLabel("E-mail").fill(DEMO_LOGINS.consulate.email)
  await page.getByLabel("Password", { exact: true }).fill(DEMO_LOGINS.consulate.password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page).toHaveURL(/\/portal\/campaigns$/)
  await page.goto(`${portal}/listings`)
  await expect(page).toHaveURL(/\/portal\/campaigns$/)
  await expect(page.getByText("Unauthorized")).toHaveCount(0)
})
