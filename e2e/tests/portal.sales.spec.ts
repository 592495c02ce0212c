import { expect, test, type APIRequestContext } from "@playwright/test"
import { randomUUID } from "node:crypto"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { acceptInRussian, backend, drawnImage, fitsScreen, inviteNewExporter, portal } from "../support/portal"
import { addToCart, chooseDelivery, choosePayment, declareIdentity, fillAddress, idNumber } from "../support/shop"

/**
 * Issue 17's exporter journey, after the shop: a consumer buys the exporter's live listing in the shop, and the
 * exporter sees the order line (city and province, never the buyer), the stock go down with the low-stock alert,
 * and the dashboard move — in Russian, and on a 390-px phone screen as well.
 */

/** The exporter's live listing, written through the partner API with the person's own session (the editor's journey is portal.spec.ts). */
async function liveListing(request: APIRequestContext, page: import("@playwright/test").Page) {
  const categories = await (await request.get(`${backend}/exporter/categories`)).json()
  const category = categories.categories.find((c: { handle: string }) => c.handle === "dried-apricots")
  const sku = `E2E-${randomUUID().slice(0, 8)}`
  const title = `费尔干纳杏干 ${sku}`
  const created = await request.post(`${backend}/exporter/products`, {
    data: {
      content: { "zh-CN": { title, description: "日晒杏干。" }, en: { title: `Fergana apricots ${sku}` }, ru: { title: `Курага ${sku}` } },
      category_id: category.id,
      options: [{ title: "Вес", values: ["500 г"] }],
      variants: [{ title: "500 г", sku, options: { "Вес": "500 г" }, price_cny: 58, stocked_quantity: 5 }],
      trade: {
        origin_region: "fergana", manufacturer: "Fergana Oltin", hs_code: "0813100000", vat_rate: 9, stock_origin: "cross_border",
        shelf_life_days: 365, storage: "Сухое прохладное место", allergens: [], certificates: ["gacc"],
        gacc_registration_number: "CUZB0621040300117", indivisible: false, label_zh: "品名：杏干\n原产国：乌兹别克斯坦",
      },
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { product } = await created.json()
  const image = await drawnImage(page, "apricots.jpg", "#e69b2f", "image/jpeg")
  expect((await request.post(`${backend}/exporter/products/${product.id}/images`, { multipart: { files: image } })).status()).toBe(201)
  expect((await request.post(`${backend}/exporter/products/${product.id}/submit`)).status()).toBe(200)
  const login = await (await request.post(`${backend}/auth/user/emailpass`, { data: DEMO_LOGINS.admin })).json()
  const approved = await request.post(`${backend}/admin/listing-reviews/${product.id}/approve`, { headers: { authorization: `Bearer ${login.token}` } })
  expect(approved.status()).toBe(200)
  return { id: product.id as string, handle: product.handle as string, sku, title }
}

test("a consumer buys the exporter's product; the exporter sees the line, the stock go down and the dashboard move", async ({ page, browser }) => {
  test.setTimeout(240_000)
  const { link } = await inviteNewExporter("ru")
  await acceptInRussian(page, link)
  const listing = await liveListing(page.request, page)

  // Before the sale: a threshold of 4 units, five in stock, no alert; the dashboard is empty.
  await page.goto(`${portal}/stock`)
  const row = page.getByTestId("stock-row").filter({ hasText: listing.sku })
  await expect(row.getByTestId("stock-available")).toHaveText("Доступно: 5")
  await row.getByLabel(/Порог/).fill("4")
  await page.getByRole("button", { name: "Сохранить изменения (1)" }).click()
  await expect(page.getByText("Остатки сохранены, изменений: 1.")).toBeVisible()
  await expect(row.getByText("Низкий остаток")).toHaveCount(0)
  await page.getByRole("link", { name: "Продажи" }).click()
  await expect(page.getByTestId("sales-orders")).toHaveText("0")
  await expect(page.getByText("Заказов пока нет.")).toBeVisible()

  // A consumer buys one bag in the shop (cross-border: the customs identity is declared).
  const shop = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" })
  const buyer = await shop.newPage()
  await expect(async () => {
    await addToCart(buyer, "zh-CN", listing.handle)
  }).toPass({ timeout: 60_000 })
  await buyer.goto("/zh-CN/cart")
  await buyer.getByTestId("go-to-checkout").click()
  await fillAddress(buyer, `apricot-buyer-${randomUUID().slice(0, 6)}@bozor.test`)
  await chooseDelivery(buyer, /直邮/)
  await declareIdentity(buyer, "王芳", idNumber())
  await choosePayment(buyer, "pp_system_default")
  await buyer.getByTestId("place-order").click()
  await expect(buyer.getByTestId("order-confirmed")).toBeVisible()
  await shop.close()

  // The exporter's line: its product, the city and province, nothing of the buyer's name, phone or street.
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("sales-order")).toHaveCount(1, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  const order = page.getByTestId("sales-order")
  await expect(order.getByTestId("sales-line")).toContainText(listing.sku)
  await expect(order.getByTestId("sales-line")).toContainText("× 1")
  await expect(order).toContainText("广州市, 广东省")
  await expect(order).toContainText("Оплачен")
  for (const personal of ["王", "芳", "138", "新港东路", "510335"]) await expect(order).not.toContainText(personal)
  // The dashboard moved: one order, one unit, and a bar in the chart.
  await expect(page.getByTestId("sales-orders")).toHaveText("1")
  await expect(page.getByTestId("sales-units")).toHaveText("1")
  await expect(page.getByTestId("sales-revenue")).toContainText("58")
  await expect(page.getByTestId("revenue-chart").locator('rect[data-revenue="58"]')).toHaveCount(1)

  // The stock went down, and four left is the threshold: the alert is up.
  await page.getByRole("link", { name: "Остатки" }).click()
  await expect(row.getByTestId("stock-available")).toHaveText("Доступно: 4")
  await expect(row.getByText("Низкий остаток")).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: "Низкий остаток на этой странице" })).toBeVisible()

  // The month's statement, printable, with the line sold.
  await page.getByRole("link", { name: "Продажи" }).click()
  await page.getByRole("link", { name: "Открыть отчёт" }).click()
  await expect(page.getByTestId("statement-summary")).toContainText("58")
  await expect(page.getByRole("link", { name: "Скачать CSV" })).toHaveAttribute("href", /format=csv/)

  // On a 390-px phone the three screens fit the width.
  await page.setViewportSize({ width: 390, height: 844 })
  for (const screen of ["/sales", "/stock", "/api-keys"]) {
    await page.goto(`${portal}${screen}`)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    expect(await fitsScreen(page), screen).toBe(true)
  }
})
