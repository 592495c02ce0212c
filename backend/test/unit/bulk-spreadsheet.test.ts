import { describe, expect, it } from "vitest"
import { columnOf } from "../../src/bulk/columns"
import { formatOf, readSheet, writeSheet } from "../../src/bulk/spreadsheet"

const header = ["sku", "title_zh-CN", "title_ru", "hs_code", "storage"]
const rows = [
  ["A-1", "费尔干纳杏干", "Курага, «сушёная»", "0813100000", '=HYPERLINK("http://evil")'],
  ["A-2", "蜂蜜", "Мёд\nс гор", "0409000000", "+86 keep cool"],
]

describe("spreadsheets", () => {
  it.each(["csv", "xlsx"] as const)(
    "write and read back %s as the same text: Chinese, Cyrillic, leading zeros, line breaks",
    async (format) => {
      const bytes = await writeSheet(format, "listings", header, rows)
      expect(formatOf(bytes)).toBe(format)
      const sheet = await readSheet(bytes)
      expect(sheet.header).toEqual(header)
      expect(sheet.rows.map((r) => r.row)).toEqual([2, 3])
      expect(sheet.rows.map((r) => header.map((h) => r.cells[h]))).toEqual(rows)
    },
  )

  it("writes CSV with a byte-order mark and a formula-like cell as text, so a spreadsheet program neither garbles nor runs it", async () => {
    const text = (await writeSheet("csv", "listings", header, rows)).toString("utf8")
    expect(text.startsWith("\uFEFF")).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it("skips empty rows and keeps each row's own number", async () => {
    const sheet = await readSheet(Buffer.from("sku,price_cny\r\nA,1\r\n,\r\n\r\nB,2\r\n", "utf8"))
    expect(sheet.rows).toEqual([
      { row: 2, cells: { sku: "A", price_cny: "1" } },
      { row: 5, cells: { sku: "B", price_cny: "2" } },
    ])
  })

  it("names the column a field of a listing comes from", () => {
    expect(columnOf(["content", "zh-CN", "title"])).toBe("title_zh-CN")
    expect(columnOf(["trade", "hs_code"])).toBe("hs_code")
    expect(columnOf(["trade", "allergens", 0])).toBe("allergens")
    expect(columnOf(["variants", 0, "price_cny"])).toBe("price_cny")
    expect(columnOf(["category_id"])).toBe("category")
  })
})
