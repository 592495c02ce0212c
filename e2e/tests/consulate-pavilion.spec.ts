import { expect, test, type Page } from "@playwright/test"
import { signInAsStaff } from "../support/consulate"
import { fitsScreen, portal } from "../support/portal"

/**
 * Staff edit the national pavilion and its events from the portal, on a 390 px phone: the pavilion's story in both
 * languages, and a tasting at the centre given in Beijing time with the honey it presents; the shop's /zh-CN/pavilion
 * shows both. The journey leaves the pavilion as it found it (story restored, event deleted).
 */
test.use({ viewport: { width: 390, height: 844 } })

/** The honey as its exporter named it in Russian: what staff reading the portal in Russian see. */
const HONEY_RU = "Заминский горный мёд разнотравье"

/** The shop's pavilion is cached: look until it shows what staff saved (the backend expires it at once). */
async function expectOnPavilion(page: Page, locale: string, check: (page: Page) => Promise<void>) {
  await expect(async () => {
    await page.goto(`/${locale}/pavilion`)
    await check(page)
  }).toPass({ timeout: 30_000 })
}

test("on a phone, staff add to the pavilion's story and create a tasting in Beijing time; /zh-CN/pavilion shows both", async ({
  page,
  browser,
}) => {
  test.slow()
  const suffix = Date.now().toString(36)
  const added = { "zh-CN": `品鉴周 ${suffix} 欢迎光临。`, en: `Tasting week ${suffix} welcomes you.` }
  const title = { "zh-CN": `扎阿明蜂蜜品鉴会 ${suffix}`, en: `Zaamin honey tasting ${suffix}` }
  // Tomorrow in Beijing, 15:00 to 17:00 Beijing time, whatever the browser's own time zone.
  const day = new Date(Date.now() + (8 + 24) * 3600_000).toISOString().slice(0, 10)

  await signInAsStaff(page)

  // The pavilion's story: a sentence added in each language.
  await page.goto(`${portal}/pavilion`)
  const storyZh = page.getByLabel("Рассказ на китайском")
  const storyEn = page.getByLabel("Рассказ на английском")
  await expect(storyZh).not.toHaveValue("")
  const original = { "zh-CN": await storyZh.inputValue(), en: await storyEn.inputValue() }
  await storyZh.fill(`${original["zh-CN"]}\n${added["zh-CN"]}`)
  await storyEn.fill(`${original.en}\n${added.en}`)
  expect(await fitsScreen(page)).toBe(true)
  await page.getByRole("button", { name: "Сохранить павильон" }).click()
  await expect(page.getByText("Павильон сохранён.")).toBeVisible()

  // A tasting at the centre with the honey it presents; a refusal first names the field.
  await page.goto(`${portal}/events`)
  await page.getByLabel("Название на китайском").fill(title["zh-CN"])
  await page.getByLabel("Текст на китайском").fill("在广州中心品尝扎阿明高山蜂蜜。")
  await page.getByLabel("Текст на английском").fill("Taste Zaamin mountain honey at the Guangzhou centre.")
  await page.getByLabel("Начало (время Пекина)").fill(`${day}T15:00`)
  await page.getByLabel("Окончание (время Пекина)").fill(`${day}T17:00`)
  await page.getByLabel("Место").selectOption("centre")
  await page.getByLabel("Найти товар").fill("Zaamin Mountain")
  await page.getByLabel("Найти товар").press("Enter")
  await page.getByRole("button", { name: `Добавить ${HONEY_RU}`, exact: true }).click()
  await expect(page.getByTestId("event-products-picked")).toContainText(HONEY_RU)
  expect(await fitsScreen(page)).toBe(true)
  await page.getByRole("button", { name: "Создать событие" }).click()
  await expect(page.getByLabel("Название на английском")).toBeFocused()
  await expect(page.getByLabel("Название на английском")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByRole("alert").filter({ hasText: "title, en" })).toBeVisible()
  await page.getByLabel("Название на английском").fill(title.en)
  await page.getByRole("button", { name: "Создать событие" }).click()
  await expect(page.getByText("Событие создано.")).toBeVisible()
  const listed = page.getByTestId("consulate-event").filter({ hasText: title.en })
  await expect(listed).toContainText("15:00")
  await expect(listed).toContainText("Центр в Гуанчжоу")

  // Opened again, it still presents the honey.
  await listed.getByRole("button", { name: `Изменить ${title.en}` }).click()
  await expect(page.getByTestId("event-products-picked")).toContainText(HONEY_RU)
  await page.getByRole("button", { name: "Отмена" }).click()

  // The shop's Chinese pavilion: the added story and the tasting at 15:00 Beijing time.
  const shop = await (await browser.newContext()).newPage()
  await expectOnPavilion(shop, "zh-CN", async (p) => {
    await expect(p.getByTestId("pavilion-story")).toContainText(added["zh-CN"], { timeout: 2_000 })
    const event = p.getByTestId("event").filter({ hasText: title["zh-CN"] }).first()
    await expect(event).toContainText("15:00", { timeout: 2_000 })
    await expect(event).toContainText("17:00")
  })
  await expect(shop.getByTestId("pavilion-story")).toContainText(original["zh-CN"].split("\n")[0])

  // Staff delete the event (after confirming) and restore the story: the shop drops both.
  await listed.getByRole("button", { name: `Удалить ${title.en}` }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Удалить" }).click()
  await expect(page.getByText("Событие удалено.")).toBeVisible()
  await expect(page.getByTestId("consulate-event").filter({ hasText: title.en })).toHaveCount(0)
  await page.goto(`${portal}/pavilion`)
  await page.getByLabel("Рассказ на китайском").fill(original["zh-CN"])
  await page.getByLabel("Рассказ на английском").fill(original.en)
  await page.getByRole("button", { name: "Сохранить павильон" }).click()
  await expect(page.getByText("Павильон сохранён.")).toBeVisible()
  await expectOnPavilion(shop, "zh-CN", async (p) => {
    await expect(p.getByTestId("pavilion-story")).not.toContainText(added["zh-CN"], { timeout: 2_000 })
    await expect(p.getByTestId("event").filter({ hasText: title["zh-CN"] })).toHaveCount(0, { timeout: 2_000 })
  })
})
