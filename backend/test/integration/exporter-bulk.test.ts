import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql } from "../helpers"
import { newExporter, type ExporterPerson } from "../exporters"
import { csvOf, download, finishedImport, rowsOf, startImport, xlsxOf } from "../bulk"

/**
 * Bulk import and export of listings and stock: a dry run checks every row
 * and writes nothing; a real run imports the good rows (each listing whole,
 * through the listing workflows) and reports the others by row and column,
 * in the person's language.
 */

const HEADER = [
  "id",
  "category",
  "title_zh-CN",
  "description_zh-CN",
  "title_en",
  "title_ru",
  "sku",
  "price_cny",
  "stocked_quantity",
  "origin_region",
  "manufacturer",
  "hs_code",
  "vat_rate",
  "stock_origin",
  "shelf_life_days",
  "certificates",
  "gacc_registration_number",
  "indivisible",
]

const ownProducts = async (exporterId: string) =>
  (
    await sql<{ n: number }>(
      "select count(*)::int as n from exporter_exporter_product_product where exporter_id = $1 and deleted_at is null",
      [exporterId],
    )
  )[0].n

let exporter: ExporterPerson
let tag: string
beforeAll(async () => {
  exporter = await newExporter("bulk")
  tag = randomUUID().slice(0, 6)
  await exporter.request("POST", "/exporter/me", { locale: "ru" })
})

function hundredRows() {
  return Array.from({ length: 100 }, (_, i) => [
    "",
    "dried-apricots",
    `批量杏干${tag}-${i}`,
    "来自费尔干纳。",
    `Bulk apricots ${tag} ${i}`,
    `Курага ${tag} ${i}`,
    `B-${tag}-${i}`,
    30 + i,
    10,
    "fergana",
    "Bulk cooperative",
    // Row 42 of the spreadsheet (the 41st product) has an HS code of nine digits.
    i === 40 ? "081310000" : "0813100000",
    9,
    "cross_border",
    365,
    "gacc, halal",
    "CUZB0621040300117",
    "no",
  ])
}

describe("importing 100 listings with one bad row", () => {
  it("in a dry run writes nothing and names the row and column, in the person's language", async () => {
    const before = await ownProducts(exporter.exporterId)
    const started = await startImport(exporter, await xlsxOf(HEADER, hundredRows()), "listings.xlsx", "listings", true)
    expect(started.status).toBe(202)
    expect(started.body.import).toMatchObject({ kind: "listings", dry_run: true, total_rows: 100 })
    const job = await finishedImport(exporter, started.body.import.id)
    expect(job).toMatchObject({ status: "done", processed_rows: 100, failed_count: 1, created_count: 0 })
    expect(job.problems).toEqual([{ row: 42, column: "hs_code", message: expect.stringMatching(/^Неверный формат: 10 digits/) }])
    expect(await ownProducts(exporter.exporterId)).toBe(before)
    expect((await sql("select count(*)::int as n from product_variant where sku like $1", [`B-${tag}-%`]))[0].n).toBe(0)
  })

  it("for real imports the 99 good listings whole (zh-CN, en and ru, price and stock) and reports the bad row", async () => {
    const before = await ownProducts(exporter.exporterId)
    const started = await startImport(exporter, csvOf(HEADER, hundredRows()), "listings.csv", "listings", false)
    expect(started.status).toBe(202)
    const job = await finishedImport(exporter, started.body.import.id)
    expect(job).toMatchObject({ status: "done", processed_rows: 100, created_count: 99, failed_count: 1 })
    expect(job.problems.map((p: any) => [p.row, p.column])).toEqual([[42, "hs_code"]])
    expect(await ownProducts(exporter.exporterId)).toBe(before + 99)
    const skus = await sql<{ sku: string }>("select sku from product_variant where sku like $1 and deleted_at is null", [`B-${tag}-%`])
    expect(skus.length).toBe(99)
    expect(skus.map((s) => s.sku)).not.toContain(`B-${tag}-40`)

    const [{ product_id }] = await sql<{ product_id: string }>(
      "select product_id from product_variant where sku = $1 and deleted_at is null",
      [`B-${tag}-7`],
    )
    const product = (await exporter.request("GET", `/exporter/products/${product_id}`)).body.product
    expect(product.status).toBe("draft")
    expect(product.content["zh-CN"].title).toBe(`批量杏干${tag}-7`)
    expect(product.content.en.title).toBe(`Bulk apricots ${tag} 7`)
    expect(product.content.ru.title).toBe(`Курага ${tag} 7`)
    expect(product.variants[0]).toMatchObject({ sku: `B-${tag}-7`, price_cny: 37 })
    expect(product.variants[0].stock[0].stocked).toBe(10)
    expect(product.trade).toMatchObject({ hs_code: "0813100000", certificates: ["gacc", "halal"], stock_origin: "cross_border" })
  }, 300_000)

  it("exports the listings as XLSX and CSV with their three languages, and an unchanged file imports as no change", async () => {
    const xlsx = await download(exporter, "/exporter/exports/listings?format=xlsx")
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get("cache-control")).toContain("no-store")
    const rows = (await rowsOf(xlsx.bytes)).filter((r) => r.sku.startsWith(`B-${tag}-`))
    expect(rows.length).toBe(99)
    expect(rows.find((r) => r.sku === `B-${tag}-3`)).toMatchObject({
      "title_zh-CN": `批量杏干${tag}-3`,
      title_en: `Bulk apricots ${tag} 3`,
      title_ru: `Курага ${tag} 3`,
      hs_code: "0813100000",
    })

    const csv = await download(exporter, "/exporter/exports/listings?format=csv")
    expect(csv.headers.get("content-type")).toContain("text/csv")
    const csvRows = (await rowsOf(csv.bytes, true)).filter((r) => r.sku.startsWith(`B-${tag}-`))
    expect(csvRows.length).toBe(99)

    const audit = async () =>
      (await sql<{ n: number }>("select count(*)::int as n from audit_entry where scope_id = $1", [exporter.exporterId]))[0].n
    const before = await audit()
    const again = await startImport(exporter, csv.bytes, "unchanged.csv", "listings", false)
    const job = await finishedImport(exporter, again.body.import.id)
    expect(job.problems).toEqual([])
    expect(job.updated_count).toBeGreaterThanOrEqual(99)
    expect(await audit()).toBe(before)
  }, 300_000)
})

describe("importing stock and prices", () => {
  it("sets the stock and price of the variants it names, and refuses a SKU that is not the exporter's", async () => {
    const file = await download(exporter, "/exporter/exports/stock?format=csv")
    const rows = (await rowsOf(file.bytes, true)).filter((r) => r.sku.startsWith(`B-${tag}-`))
    const target = rows.find((r) => r.sku === `B-${tag}-5`)!
    const header = ["sku", "stocked_quantity", "price_cny"]
    const dry = await startImport(
      exporter,
      csvOf(header, [
        [target.sku, 3, 88],
        ["SOMEONE-ELSES-SKU", 1, ""],
        [`B-${tag}-6`, "many", ""],
      ]),
      "stock.csv",
      "stock",
      true,
    )
    const checked = await finishedImport(exporter, dry.body.import.id)
    expect(checked.problems.map((p: any) => [p.row, p.column])).toEqual([
      [3, "sku"],
      [4, "stocked_quantity"],
    ])
    expect(checked.problems[1].message).toBe("Нужно целое число, а не «many».")

    const real = await startImport(exporter, csvOf(header, [[target.sku, 3, 88]]), "stock.csv", "stock", false)
    const job = await finishedImport(exporter, real.body.import.id)
    expect(job).toMatchObject({ status: "done", updated_count: 1, failed_count: 0 })
    const after = (await rowsOf((await download(exporter, "/exporter/exports/stock?format=csv")).bytes, true)).find(
      (r) => r.sku === target.sku,
    )!
    expect(after).toMatchObject({ stocked_quantity: "3", price_cny: "88" })
  }, 120_000)
})
