import { expect, test } from "@playwright/test"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { signInAsStaff } from "../support/consulate"
import { portal } from "../support/portal"

/** The product as the exporter named it in Russian (what staff reading Russian see) and in English (the exporter's portal). */
const PRODUCT_RU = "Ферганская курага"
const PRODUCT = "Fergana Kuraga — Bright Apricot Halves"

/**
 * On a fresh start the consulate runs the Spring Festival campaign: staff find an exporter's product by name and invite
 * it, the exporter accepts in its own portal, and the product is featured in the campaign.
 */
test("consulate staff invite a product into the Spring Festival campaign by name; the exporter accepts it", async ({ page, browser }) => {
  test.slow()
  await signInAsStaff(page)
  await page.getByRole("link", { name: "Spring Festival gift boxes: 12 % off" }).click()
  const invited = page
    .locator("section, div")
    .filter({ has: page.getByRole("heading", { name: "Приглашённые товары" }) })
    .last()
  const featuredBefore = Number((await invited.getByText(/Товаров в подборке: \d+/).innerText()).match(/\d+/)![0])
  const search = page.getByRole("search", { name: "Товары для приглашения" })
  // Found by words of its Russian title, as staff type them.
  await search.getByLabel("Найти товар").fill("ФЕРГАНСКАЯ КУРАГА")
  await search.getByRole("button", { name: "Найти" }).click()
  await invited.getByRole("button", { name: `Добавить ${PRODUCT_RU}`, exact: true }).click()
  await expect(invited.getByRole("button", { name: `Убрать ${PRODUCT_RU}`, exact: true })).toBeVisible()
  await invited.getByRole("button", { name: "Пригласить" }).click()
  await expect(page.getByText("Приглашения отправлены.")).toBeVisible()
  const row = invited.getByRole("listitem").filter({ hasText: PRODUCT_RU }).first()
  await expect(row).toContainText("Приглашён")

  // The exporter (the demo login of the product's exporter) answers in its own portal.
  const exporter = await (await browser.newContext()).newPage()
  await exporter.goto(`${portal}/sign-in`)
  await exporter.getByLabel(/Language|Til|Язык|语言/).selectOption("en")
  await exporter.getByLabel("E-mail").fill(DEMO_LOGINS.exporter.email)
  await exporter.getByLabel("Password", { exact: true }).fill(DEMO_LOGINS.exporter.password)
  await exporter.getByRole("button", { name: "Sign in" }).click()
  await expect(exporter).not.toHaveURL(/sign-in/)
  await exporter.getByRole("link", { name: "Campaign invitations" }).click()
  const invitation = exporter.getByRole("listitem").filter({ hasText: "Spring Festival gift boxes" }).filter({ hasText: PRODUCT })
  await invitation.getByRole("button", { name: "Accept" }).click()
  await expect(invitation).toContainText("Accepted")
  await exporter.context().close()

  await page.reload()
  await expect(row).toContainText("Принято")
  await expect(invited.getByText(`Товаров в подборке: ${featuredBefore + 1}`)).toBeVisible()
})
