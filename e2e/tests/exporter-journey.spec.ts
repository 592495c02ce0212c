import { expect, test, type Page } from "@playwright/test"
import { randomUUID } from "node:crypto"
import { backendUrl, signInToAdmin } from "../support/admin"
import { acceptInRussian, drawnImage, invitationLink } from "../support/portal"
import { choosePayment, fillPickupContact, newEmail } from "../support/shop"

/**
 * Issue 17's journey across the three parties, each in a browser of its own: an operator onboards an exporter in
 * Medusa Admin and invites its owner in Russian; she writes a listing in Russian, Chinese and English with two
 * photos and trade data, meets the checklist's refusal until the Chinese label is written, previews it and submits
 * it; the operator approves it in Admin's review queue; a shopper finds it in the shop by its Chinese name and buys
 * it for pickup at the Guangzhou centre (paid at the counter: no Stripe); the exporter sees the order line, the stock
 * go down to its threshold and the dashboard move.
 */

/** A Chinese name of this run alone, so that the shop's search finds this listing and no earlier one. */
function chineseName() {
  const marks = "云杉岭雪莲泉星河月桂松竹梅兰菊霞虹"
  const brand = Array.from({ length: 3 }, () => marks[Math.floor(Math.random() * marks.length)]).join("")
  return `${brand}牌扎阿明高山蜂蜜`
}

/** The operator's part in Medusa Admin: a new exporter, then an invitation for its owner in Russian. */
async function onboardInAdmin(operator: Page, id: string, email: string) {
  const name = `Zaamin Tog'i ${id}`
  await operator.goto(`${backendUrl()}/app/exporters`)
  await operator.getByRole("button", { name: "New exporter" }).click()
  const form = operator.getByRole("form", { name: "New exporter" })
  await form.getByLabel("name", { exact: true }).fill(name)
  await form.getByLabel("handle").fill(`zaamin-togi-${id}`)
  await form.getByLabel("city").fill("Zaamin")
  await form.getByLabel("contact email").fill(`office-${id}@bozor.test`)
  await form.getByLabel("contact phone").fill("+998 90 000 00 00")
  await form.getByRole("combobox").click()
  await operator.getByRole("option", { name: "jizzakh" }).click()
  await form.getByRole("button", { name: "Create exporter" }).click()
  await expect(operator.getByText(`${name} created: invite its owner next.`)).toBeVisible()

  const row = operator.getByRole("row").filter({ hasText: name })
  await expect(row).toContainText("jizzakh · Zaamin")
  await row.getByRole("button", { name: "People" }).click()
  const invite = operator.getByRole("form", { name: `Invite a person to ${name}` })
  await invite.getByRole("textbox", { name: "E-mail" }).fill(email)
  await invite.getByRole("combobox", { name: "Language of the e-mail" }).click()
  await operator.getByRole("option", { name: "Русский" }).click()
  await invite.getByRole("button", { name: "Invite" }).click()
  await expect(operator.getByText(`Invitation e-mailed to ${email}.`)).toBeVisible()
  await expect(operator.getByText(`Open invitations: ${email} (owner,`)).toBeVisible()
}

test("an exporter's listing goes from the invitation through review to a shopper's order, and back to the exporter's sales", async ({
  page,
  browser,
}) => {
  // Three parties, two admin screens, a listing editor and a checkout: several journeys' worth of pages.
  test.setTimeout(300_000)
  const id = randomUUID().slice(0, 8)
  const titleZh = chineseName()
  const sku = `ZAAMIN-${id}`

  const operatorContext = await browser.newContext()
  const operator = await operatorContext.newPage()
  await signInToAdmin(operator)
  const ownerEmail = `owner-${id}@bozor.test`
  await onboardInAdmin(operator, id, ownerEmail)

  // The exporter accepts the e-mailed invitation in Russian and is signed in to the portal.
  await acceptInRussian(page, await invitationLink(ownerEmail))

  // Nothing sold yet: the dashboard is empty.
  await page.getByRole("link", { name: "Продажи", exact: true }).click()
  await expect(page.getByTestId("sales-orders")).toHaveText("0")
  await expect(page.getByText("Заказов пока нет.")).toBeVisible()

  // The listing, in Russian first (the person's language), then Chinese and English.
  await page.getByRole("link", { name: "Товары", exact: true }).click()
  await page.getByRole("link", { name: "Новый товар", exact: true }).click()
  const tabs = page.getByRole("tablist", { name: "Язык описания" })
  await expect(tabs.getByRole("tab", { selected: true })).toContainText("Русский")
  await page.getByLabel("Название", { exact: true }).fill(`Горный мёд Заамина ${id}`)
  await page.getByLabel("Подзаголовок").fill("Сырой мёд с горных лугов")
  await page.getByRole("textbox", { name: "Описание" }).fill("Мёд с альпийских лугов Заамина, урожай 2026 года.")
  await tabs.getByRole("tab", { name: /Китайский/ }).click()
  await page.getByLabel("Название", { exact: true }).fill(titleZh)
  await page.getByLabel("Подзаголовок").fill("高山草甸原蜜")
  await page.getByRole("textbox", { name: "Описание" }).fill("来自扎阿明高山草甸的原蜜，2026 年采收。")
  await expect(page.getByRole("meter", { name: "Заполненность: Китайский" })).toHaveAttribute("aria-valuenow", "100")
  await tabs.getByRole("tab", { name: /Английский/ }).click()
  await page.getByLabel("Название", { exact: true }).fill(`Zaamin mountain honey ${id}`)

  const honey = await page.locator("#field-category_id option", { hasText: "Мёд" }).first().getAttribute("value")
  await page.getByLabel("Категория").selectOption(honey!)
  await page.getByLabel(/Артикул/).fill(sku)
  await page.getByLabel("Цена (юани)").fill("128")
  await expect(page.getByText("Покупатель увидит")).toBeVisible()

  // Trade data, all but the Chinese label: the jars are already cleared in Guangzhou.
  await page.getByLabel("Регион происхождения").selectOption("jizzakh")
  await page.getByLabel("Производитель").fill("ООО «Заамин Тоғи»")
  await page.getByLabel("Код ТН ВЭД Китая (10 цифр)").fill("0409000000")
  await page.getByLabel("Ставка НДС Китая").selectOption("9")
  await page.getByLabel("Где находится товар").selectOption("domestic")
  await expect(page.getByText("Самовывоз из центра в Гуанчжоу")).toBeVisible()
  await page.getByLabel("Срок годности (дней)").fill("730")
  await page.getByLabel("Условия хранения").fill("При температуре до 20 °C, вдали от солнца")
  await page.getByLabel("Пыльца").check()
  await page.getByLabel("Регистрационный номер производителя в GACC").fill("CUZB12345678")
  await page.getByRole("button", { name: "Создать черновик" }).click()
  await expect(page).toHaveURL(/\/portal\/listings\/prod_/)
  await expect(page.getByText("Черновик", { exact: true })).toBeVisible()
  const listingUrl = page.url()

  // Two photos.
  await page
    .locator("#image-files")
    .setInputFiles([
      await drawnImage(page, "jar.jpg", "#d4a017", "image/jpeg"),
      await drawnImage(page, "label.png", "#5b8c2a", "image/png"),
    ])
  await expect(page.getByTestId("listing-images").locator("li")).toHaveCount(2)

  // The checklist refuses the listing until the Chinese label data is written.
  await page.getByRole("button", { name: "Отправить на проверку" }).click()
  const labelItem = page.getByTestId("checklist").locator('[data-key="label_zh"]')
  await expect(labelItem).toHaveAttribute("data-ok", "false")
  await expect(page.getByRole("alert").filter({ hasText: "Объявление пока нельзя отправить" })).toBeVisible()
  await expect(page.getByText("Черновик", { exact: true })).toBeVisible()
  await page
    .getByLabel("Китайская этикетка (中文标签)")
    .fill(`品名：${titleZh}\n配料：蜂蜜\n原产国：乌兹别克斯坦\n净含量：500克\n保质期：24个月\n贮存条件：常温避光`)
  await page.getByRole("button", { name: "Сохранить изменения" }).click()
  await expect(labelItem).toHaveAttribute("data-ok", "true")
  await expect(page.getByTestId("checklist").locator('[data-ok="false"]')).toHaveCount(0)

  // The preview is the shop's own product page, as a Chinese shopper will see it.
  const popup = page.waitForEvent("popup")
  await page.getByRole("button", { name: "Предпросмотр" }).click()
  const preview = await popup
  await expect(preview.getByTestId("preview-banner")).toBeVisible()
  await expect(preview.getByTestId("product-title")).toHaveText(titleZh)
  await expect(preview.getByTestId("variant-price")).toContainText("128")
  await preview.close()

  await page.getByRole("button", { name: "Отправить на проверку" }).click()
  await expect(page.getByText("На проверке", { exact: true })).toBeVisible()

  // Three jars delivered to the Guangzhou centre; the low-stock alert at two.
  await page.getByRole("link", { name: "Остатки", exact: true }).click()
  const stockRow = page.getByTestId("stock-row").filter({ hasText: sku })
  await stockRow.getByRole("textbox").first().fill("3")
  await stockRow.getByLabel(/Порог/).fill("2")
  await page.getByRole("button", { name: "Сохранить изменения (2)" }).click()
  await expect(page.getByText("Остатки сохранены, изменений: 2.")).toBeVisible()
  await expect(stockRow.getByTestId("stock-available")).toHaveText("Доступно: 3")
  await expect(stockRow.getByText("Низкий остаток")).toHaveCount(0)

  // The operator approves it in Admin's review queue.
  await operator.goto(`${backendUrl()}/app/listing-reviews`)
  const review = operator.getByTestId("listing-review").filter({ hasText: titleZh })
  await expect(review).toContainText("New listing")
  await expect(review).toContainText(`Zaamin Tog'i ${id}`)
  await review.getByRole("button", { name: "Approve" }).click()
  await expect(operator.getByText(`${titleZh} is live.`)).toBeVisible()
  await expect(review).toHaveCount(0)
  await operatorContext.close()

  // The exporter's listing is live.
  await page.goto(listingUrl)
  await expect(page.getByText("В продаже", { exact: true })).toBeVisible()

  // A shopper types the Chinese name into the shop's search box and buys a jar, collected at the centre.
  const shopContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" })
  const shopper = await shopContext.newPage()
  await shopper.goto("/zh-CN")
  await shopper.getByTestId("search-input").fill(titleZh)
  await shopper.getByTestId("search-input").press("Enter")
  await expect(shopper).toHaveURL(/\/zh-CN\/search\?q=/)
  const card = shopper.getByTestId("product-card").filter({ hasText: titleZh })
  // Meilisearch indexes the approval in the background (seconds on a busy machine): a shopper who searched too early
  // finds it on a later visit, never minutes later.
  await expect(async () => {
    if (!(await card.count())) await shopper.reload()
    await expect(card).toHaveCount(1, { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  await card.getByRole("link").first().click()
  await expect(shopper.getByTestId("product-title")).toHaveText(titleZh)
  await expect(shopper.getByTestId("variant-price")).toContainText("128")
  await shopper.getByTestId("add-to-cart").click()
  await expect(shopper.getByTestId("added")).toBeVisible()
  await shopper.goto("/zh-CN/checkout")
  await fillPickupContact(shopper, newEmail())
  await expect(shopper.getByTestId("step-delivery")).toContainText("自提")
  await choosePayment(shopper, "pp_system_default")
  await shopper.getByTestId("place-order").click()
  await expect(shopper.getByTestId("order-confirmed")).toBeVisible()
  const displayId = (await shopper.getByTestId("order-number").textContent())!.match(/\d+/)![0]
  await shopContext.close()

  // The exporter sees the order line (with nothing of the buyer), and the dashboard moved.
  await page.getByRole("link", { name: "Продажи", exact: true }).click()
  const order = page.getByTestId("sales-order")
  // The order reaches the exporter through a subscriber of order.placed, a moment after the confirmation page.
  await expect(async () => {
    await page.reload()
    await expect(order).toHaveCount(1, { timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await expect(order).toContainText(`Заказ №${displayId}`)
  await expect(order.getByTestId("sales-line")).toContainText(`${sku}) × 1`)
  // Named as the exporter wrote it in Russian, not as the Chinese buyer's order line keeps it.
  await expect(order.getByTestId("sales-line")).toContainText(`Горный мёд Заамина ${id}`)
  await expect(order.getByTestId("sales-line")).toContainText("128")
  for (const personal of ["王", "芳", "139", "0013"]) await expect(order).not.toContainText(personal)
  await expect(page.getByTestId("sales-orders")).toHaveText("1")
  await expect(page.getByTestId("sales-units")).toHaveText("1")
  await expect(page.getByTestId("sales-revenue")).toContainText("128")
  await expect(page.getByTestId("revenue-chart").locator('rect[data-revenue="128"]')).toHaveCount(1)

  // The stock went down to the threshold: the alert is up.
  await page.getByRole("link", { name: "Остатки", exact: true }).click()
  await expect(stockRow.getByTestId("stock-available")).toHaveText("Доступно: 2")
  await expect(stockRow.getByText("Низкий остаток")).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: "Низкий остаток на этой странице" })).toBeVisible()
})
