import { expect, test } from "@playwright/test"
import { acceptInRussian, fitsScreen, inviteNewExporter, PASSWORD, portal } from "../support/portal"

// The phone many exporters work from.
test.use({ viewport: { width: 390, height: 844 } })

test("on a phone, an exporter signs in in the language they choose, which the portal remembers", async ({ page }) => {
  test.setTimeout(120_000)
  const { email, link } = await inviteNewExporter("uz")
  // The invitation was written in Uzbek: the page opens in it.
  await page.goto(link)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("jamoasiga qoʻshiling")
  expect(await fitsScreen(page)).toBe(true)
  await acceptInRussian(page, link)
  expect(await fitsScreen(page)).toBe(true)

  await page.getByRole("button", { name: "Выйти" }).click()
  await expect(page).toHaveURL(/\/portal\/sign-in$/)
  // Still Russian after signing out: the choice is remembered.
  await expect(page.getByRole("heading", { level: 1, name: "Вход" })).toBeVisible()

  // Chinese chosen at sign-in; a wrong password first, answered beside the form without losing the e-mail.
  await page.getByLabel("Язык").selectOption("zh-CN")
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible()
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByLabel("密码").fill("not-the-password")
  await page.getByRole("button", { name: "登录" }).click()
  await expect(page.getByRole("alert")).toContainText("电子邮箱或密码不正确")
  await expect(page.getByLabel("电子邮箱")).toHaveValue(email)
  await page.getByLabel("密码").fill(PASSWORD)
  await page.getByRole("button", { name: "登录" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "商品" })).toBeVisible()
  expect(await fitsScreen(page)).toBe(true)

  // The account keeps the language: a fresh browser profile signs in and gets Chinese.
  await page.getByRole("link", { name: "账户" }).click()
  await expect(page.getByLabel("门户语言")).toHaveValue("zh-CN")
  await page.context().clearCookies()
  await page.evaluate(() => window.localStorage.clear())
  await page.goto(`${portal}/sign-in`)
  await page.getByLabel(/Language|Til|Язык|语言/).selectOption("en")
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByRole("button", { name: "Sign in" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Listings" })).toBeVisible()
})

test("on a phone, the listing editor fits the screen and keeps what was typed when the backend refuses it", async ({ page }) => {
  test.setTimeout(120_000)
  const { link } = await inviteNewExporter("ru")
  await acceptInRussian(page, link)
  await page.getByRole("link", { name: "Новый товар" }).click()
  await page.getByLabel("Название", { exact: true }).fill("Курага из Ферганы")
  await page.getByRole("button", { name: "Добавить параметр" }).click()
  await page.getByLabel("Название параметра").fill("Вес")
  await page.getByLabel("Значения").fill("1 кг")
  await page.getByLabel("Цена (юани)").fill("98")
  // An HS code the backend refuses: its message appears beside the field, focused, and nothing typed is lost.
  await page.getByLabel("Регион происхождения").selectOption("fergana")
  await page.getByLabel("Производитель").fill("Fergana Quruq Meva")
  await page.getByLabel("Код ТН ВЭД Китая (10 цифр)").fill("0813")
  await page.getByLabel("Ставка НДС Китая").selectOption("9")
  await page.getByLabel("Где находится товар").selectOption("cross_border")
  await page.getByRole("button", { name: "Создать черновик" }).click()
  const hsCode = page.getByLabel("Код ТН ВЭД Китая (10 цифр)")
  await expect(hsCode).toBeFocused()
  await expect(hsCode).toHaveAttribute("aria-invalid", "true")
  await expect(page.locator("#field-trade-hs_code-error")).toContainText("hs_code")
  await expect(page.getByLabel("Название", { exact: true })).toHaveValue("Курага из Ферганы")
  expect(await fitsScreen(page)).toBe(true)

  await hsCode.fill("0813100000")
  await page.getByRole("button", { name: "Создать черновик" }).click()
  await expect(page).toHaveURL(/\/portal\/listings\/prod_/)
  expect(await fitsScreen(page)).toBe(true)
})
