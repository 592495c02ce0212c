import { expect, test } from "@playwright/test"
import { acceptInRussian, drawnImage, inviteNewExporter, portal } from "../support/portal"

/**
 * Issue 17's exporter journey, up to the review queue: a Russian-speaking exporter accepts the invitation, writes a
 * listing in Russian, Chinese and English with two images and trade data, sees the checklist refuse it until the
 * Chinese label is there, previews it and submits it.
 */
test("a Russian-speaking exporter writes a listing in three languages and submits it for review", async ({ page }) => {
  test.setTimeout(180_000)
  const { link } = await inviteNewExporter("ru")
  await acceptInRussian(page, link)

  await page.getByRole("link", { name: "Новый товар" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Новый товар" })).toBeVisible()

  // Content: Russian first (the tab the page opens on for a Russian speaker), then Chinese and English.
  const tabs = page.getByRole("tablist", { name: "Язык описания" })
  await expect(tabs.getByRole("tab", { selected: true })).toContainText("Русский")
  await page.getByLabel("Название", { exact: true }).fill("Горный мёд Заамина, 500 г")
  await page.getByLabel("Подзаголовок").fill("Сырой мёд с горных лугов")
  await page.getByRole("textbox", { name: "Описание" }).fill("Мёд с альпийских лугов Заамина, урожай 2026 года.")
  await expect(page.getByRole("meter", { name: "Заполненность: Русский" })).toHaveAttribute("aria-valuenow", "100")

  await tabs.getByRole("tab", { name: /Китайский/ }).click()
  await expect(page.getByRole("meter", { name: "Заполненность: Китайский" })).toHaveAttribute("aria-valuenow", "0")
  await page.getByLabel("Название", { exact: true }).fill("扎阿明山花蜂蜜 500克")
  await page.getByRole("textbox", { name: "Описание" }).fill("来自扎阿明高山草甸的原蜜，2026 年采收。")
  await expect(page.getByRole("meter", { name: "Заполненность: Китайский" })).toHaveAttribute("aria-valuenow", "80")

  await tabs.getByRole("tab", { name: /Английский/ }).click()
  await page.getByLabel("Название", { exact: true }).fill("Zaamin mountain honey, 500 g")

  // Category, one option with two weights and their prices.
  const honey = await page.locator("#field-category_id option", { hasText: "Мёд" }).first().getAttribute("value")
  await page.getByLabel("Категория").selectOption(honey!)
  await page.getByRole("button", { name: "Добавить параметр" }).click()
  await page.getByLabel("Название параметра").fill("Вес")
  await page.getByLabel("Значения").fill("250 г, 500 г")
  const prices = page.getByLabel("Цена (юани)")
  await expect(prices).toHaveCount(2)
  await prices.nth(0).fill("68")
  await prices.nth(1).fill("120,50")
  await expect(page.getByText("Покупатель увидит")).toHaveCount(2)

  // Trade data, all but the Chinese label.
  await page.getByLabel("Регион происхождения").selectOption("jizzakh")
  await page.getByLabel("Производитель").fill("ООО «Заамин Асал»")
  await page.getByLabel("Код ТН ВЭД Китая (10 цифр)").fill("0409000000")
  await page.getByLabel("Ставка НДС Китая").selectOption("9")
  await page.getByLabel("Где находится товар").selectOption("cross_border")
  await expect(page.getByText("Трансграничная прямая почта")).toBeVisible()
  await page.getByLabel("Срок годности (дней)").fill("730")
  await page.getByLabel("Условия хранения").fill("При температуре до 20 °C, вдали от солнца")
  await page.getByLabel("Пыльца").check()
  await page.getByLabel("Регистрационный номер производителя в GACC").fill("cuzb12345678")

  await page.getByRole("button", { name: "Создать черновик" }).click()
  await expect(page).toHaveURL(/\/portal\/listings\/prod_/)
  await expect(page.getByText("Черновик", { exact: true })).toBeVisible()
  const listingUrl = page.url()

  // Images: a wrong file is refused before upload; two pictures go up; the second is moved first by its button.
  const chooser = page.locator("#image-files")
  await chooser.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") })
  await expect(page.getByRole("alert").filter({ hasText: "notes.txt — не изображение JPEG, PNG или WebP." })).toBeVisible()
  await chooser.setInputFiles([
    await drawnImage(page, "jar.jpg", "#d4a017", "image/jpeg"),
    await drawnImage(page, "label.png", "#5b8c2a", "image/png"),
  ])
  const images = page.getByTestId("listing-images").locator("li")
  await expect(images).toHaveCount(2)
  const [first, second] = await images.evaluateAll((items) => items.map((item) => item.getAttribute("data-image-id")))
  await page.getByRole("button", { name: "Переместить фото 2 выше" }).click()
  await expect.poll(() => images.evaluateAll((items) => items.map((item) => item.getAttribute("data-image-id")))).toEqual([second, first])

  // The checklist refuses the listing while the Chinese label data is missing, in Russian.
  await page.getByRole("button", { name: "Отправить на проверку" }).click()
  const labelItem = page.getByTestId("checklist").locator('[data-key="label_zh"]')
  await expect(labelItem).toHaveAttribute("data-ok", "false")
  await expect(labelItem).toContainText("китайской этикетки")
  await expect(page.getByRole("alert").filter({ hasText: "Объявление пока нельзя отправить" })).toBeVisible()
  await expect(page.getByText("Черновик", { exact: true })).toBeVisible()

  await page
    .getByLabel("Китайская этикетка (中文标签)")
    .fill("品名：扎阿明山花蜂蜜\n配料：蜂蜜\n原产国：乌兹别克斯坦\n净含量：500克\n保质期：24个月\n贮存条件：常温避光")
  await page.getByRole("button", { name: "Сохранить изменения" }).click()
  await expect(labelItem).toHaveAttribute("data-ok", "true")
  await expect(page.getByTestId("checklist").locator('[data-ok="false"]')).toHaveCount(0)

  // The image order and the three languages survived the round trip.
  await page.goto(listingUrl)
  await expect.poll(() => images.evaluateAll((items) => items.map((item) => item.getAttribute("data-image-id")))).toEqual([second, first])
  await page
    .getByRole("tablist", { name: "Язык описания" })
    .getByRole("tab", { name: /Китайский/ })
    .click()
  await expect(page.getByLabel("Название", { exact: true })).toHaveValue("扎阿明山花蜂蜜 500克")

  // Preview: the shop's product page in draft mode, behind a signed link.
  const popup = page.waitForEvent("popup")
  await page.getByRole("button", { name: "Предпросмотр" }).click()
  const preview = await popup
  await expect.poll(() => preview.url()).toMatch(/\/zh-CN\/products\/[^?]+\?preview=[\w.-]+/)
  await preview.close()

  await page.getByRole("button", { name: "Отправить на проверку" }).click()
  await expect(page.getByText("На проверке", { exact: true })).toBeVisible()
  await expect(page.getByRole("button", { name: "Отправить на проверку" })).toHaveCount(0)

  // The list shows it with its state, priced from the cheaper weight.
  await page.goto(`${portal}/listings?status=in_review`)
  const row = page.getByRole("row").filter({ hasText: "Горный мёд Заамина, 500 г" })
  await expect(row).toContainText("На проверке")
  await expect(row).toContainText("68")
})
