import { expect, test } from "@playwright/test"
import { readFileSync } from "node:fs"
import { acceptInRussian, backend, fitsScreen, inviteNewExporter } from "../support/portal"

// The phone many exporters work from.
test.use({ viewport: { width: 390, height: 844 } })

test("on a phone, an exporter updates stock from a spreadsheet: downloads it, checks it, imports it", async ({ page }) => {
  test.setTimeout(180_000)
  const { link } = await inviteNewExporter("ru")
  await acceptInRussian(page, link)
  const sku = `PHONE-${Date.now().toString(36)}`
  // A listing with stock at the Tashkent warehouse, written through the API with the browser's own session.
  const created = await page.request.post(`${backend}/exporter/products`, {
    data: {
      content: { "zh-CN": { title: "手机库存测试杏干" }, ru: { title: "Курага для теста остатков" } },
      options: [{ title: "Weight", values: ["1 kg"] }],
      variants: [{ title: "1 kg", options: { Weight: "1 kg" }, sku, price_cny: 45, stocked_quantity: 20 }],
      trade: {
        origin_region: "fergana",
        manufacturer: "Fergana Quruq Meva",
        hs_code: "0813100000",
        vat_rate: 9,
        stock_origin: "cross_border",
        allergens: [],
        certificates: [],
        indivisible: false,
      },
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const productId = (await created.json()).product.id as string

  await page.getByRole("link", { name: "Таблицы" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Таблицы" })).toBeVisible()
  expect(await fitsScreen(page)).toBe(true)

  const downloading = page.waitForEvent("download")
  await page.getByRole("link", { name: "Остатки и цены · CSV" }).click()
  const csv = readFileSync((await (await downloading).path())!, "utf8")
  const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0]
  expect(header).toBe("variant_id,sku,handle,title,variant,location,stocked_quantity,price_cny")
  const ours = csv.split(/\r?\n/).find((line) => line.includes(sku))!
  expect(ours).toContain(",20,45")
  // The person changes the stock to 7 and adds a line with a SKU that is not theirs.
  const edited = ["\uFEFF" + header, ours.replace(",20,45", ",7,45"), "v_unknown,NOT-MINE,,,,,5,"].join("\r\n")

  await page.getByLabel("Что в файле").selectOption("stock")
  await page
    .getByLabel("Файл (CSV или XLSX)")
    .setInputFiles({ name: "stock.csv", mimeType: "text/csv", buffer: Buffer.from(edited, "utf8") })
  await page.getByRole("button", { name: "Проверить файл" }).click()
  await expect(page.getByTestId("import-job")).toHaveAttribute("data-status", "done")
  await expect(page.getByTestId("import-summary")).toHaveText("Проверено строк: 2, с ошибками: 1.")
  await expect(page.getByTestId("import-problem")).toHaveCount(1)
  await expect(page.getByTestId("import-problem")).toContainText("Строка 3, столбец variant_id")
  expect(await fitsScreen(page)).toBe(true)
  // The dry run wrote nothing.
  const before = await (await page.request.get(`${backend}/exporter/products/${productId}`)).json()
  expect(before.product.variants[0].stock[0].stocked).toBe(20)

  await page.getByRole("button", { name: "Импортировать" }).click()
  await expect(page.getByTestId("import-summary")).toHaveText("Создано: 0, обновлено: 1, не импортировано строк: 1.")
  await expect(page.getByTestId("import-job")).toHaveAttribute("data-status", "done")
  const after = await (await page.request.get(`${backend}/exporter/products/${productId}`)).json()
  expect(after.product.variants[0].stock[0].stocked).toBe(7)
  expect(await fitsScreen(page)).toBe(true)
})
