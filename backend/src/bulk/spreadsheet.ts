import { Readable } from "node:stream"
import ExcelJS from "exceljs"

/**
 * Reading and writing the exporters' spreadsheets, CSV or XLSX, with ExcelJS
 * (one library for both formats). Every cell is read as text: the columns
 * decide what a cell means, so "0012" stays a code and never turns into 12.
 */

export type SheetFormat = "csv" | "xlsx"

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number
  cells: Record<string, string>
}

export interface Sheet {
  header: string[]
  rows: SheetRow[]
}

const ZIP_MAGIC = Buffer.from("PK\u0003\u0004", "latin1")
const BOM = "\uFEFF"
/** A cell a spreadsheet program would run as a formula; written with a leading apostrophe, read back without it. */
const FORMULA_START = /^[=+@]/

/** XLSX files are zip archives; anything else is read as CSV (UTF-8, with or without a byte-order mark). */
export const formatOf = (bytes: Buffer): SheetFormat => (bytes.subarray(0, 4).equals(ZIP_MAGIC) ? "xlsx" : "csv")

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("")
    if ("text" in value) return String(value.text)
    if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue)
    if ("error" in value) return ""
  }
  return String(value)
}

const unescapeFormula = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text)

/** The first worksheet of a CSV or XLSX file: its header (trimmed) and every non-empty row after it. */
export async function readSheet(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  if (formatOf(bytes) === "xlsx") {
    await workbook.xlsx.load(bytes as never)
    sheet = workbook.worksheets[0]
  } else {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "")
    sheet = await workbook.csv.read(Readable.from([text]), { map: (value: string) => value } as never)
  }
  if (!sheet) return { header: [], rows: [] }
  let header: string[] = []
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => unescapeFormula(cellText(v).trim()))
    if (!header.length) {
      header = values
      return
    }
    if (values.every((v) => !v)) return
    rows.push({ row: rowNumber, cells: Object.fromEntries(header.map((name, i) => [name, values[i] ?? ""])) })
  })
  return { header, rows }
}

/** A file of one worksheet: the header row, then the rows, as CSV (UTF-8 with a byte-order mark, so Excel reads 中文 and кириллица) or XLSX. */
export async function writeSheet(format: SheetFormat, name: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(name)
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === "string" && FORMULA_START.test(v) ? `'${v}` : (v ?? ""))))
  if (format === "xlsx") {
    sheet.getRow(1).font = { bold: true }
    sheet.views = [{ state: "frozen", ySplit: 1 }]
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }
  return Buffer.concat([Buffer.from(BOM, "utf8"), Buffer.from(await workbook.csv.writeBuffer())])
}
