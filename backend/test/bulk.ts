import ExcelJS from "exceljs"
import { call, type Answer, type ExporterPerson } from "./exporters"

/** Spreadsheets as an exporter's office program writes them, and the import routes as the portal calls them. */

export async function xlsxOf(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("listings")
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const csvOf = (header: string[], rows: (string | number)[][]) =>
  Buffer.from([header, ...rows].map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(",")).join("\r\n"), "utf8")

/** Rows of an exported (or any) XLSX/CSV file as objects keyed by header. */
export async function rowsOf(bytes: Buffer, csv = false): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook()
  const { Readable } = await import("node:stream")
  const sheet = csv
    ? await workbook.csv.read(Readable.from([bytes.toString("utf8").replace(/^\uFEFF/, "")]), { map: (v: string) => v } as never)
    : (await workbook.xlsx.load(bytes as never), workbook.worksheets[0])
  const values = sheet.getSheetValues().filter(Boolean) as unknown[][]
  const header = (values[0] as string[]).slice(1).map(String)
  return values
    .slice(1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i + 1] == null ? "" : String((r[i + 1] as any)?.text ?? r[i + 1])])))
}

export async function startImport(
  person: ExporterPerson,
  file: Buffer,
  name: string,
  kind: "listings" | "stock",
  dryRun: boolean,
): Promise<Answer> {
  const form = new FormData()
  form.append("kind", kind)
  form.append("dry_run", String(dryRun))
  form.append("file", new Blob([new Uint8Array(file)]), name)
  return call("POST", "/exporter/imports", { token: person.token, form })
}

/** Polls an import until it has finished, as the portal does. */
export async function finishedImport(person: ExporterPerson, id: string, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (true) {
    const answer = await person.request("GET", `/exporter/imports/${id}`)
    if (answer.status !== 200) throw new Error(`polling the import answered ${answer.status}: ${JSON.stringify(answer.body)}`)
    if (["done", "failed"].includes(answer.body.import.status)) return answer.body.import
    if (Date.now() > deadline) throw new Error(`import ${id} still ${answer.body.import.status} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

export async function download(person: ExporterPerson, path: string) {
  const res = await fetch(`${(await import("./helpers")).testStack().backendUrl}${path}`, {
    headers: { authorization: `Bearer ${person.token}` },
  })
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) }
}
