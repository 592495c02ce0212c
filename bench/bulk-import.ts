/**
 * `npm run bench -- bulk-import [--url http://localhost:9000] [--rows 1000] [--import-rows N] [--email … --password …]`: imports a
 * spreadsheet of new listings, each with its title, subtitle and description in zh-CN, en and ru, against a running
 * shop (`npm start`), as an exporter (the demo login by default): first a dry run (every row checked, nothing
 * written), then the real import (one listing workflow a row). Times are from the upload to the job's end, as the
 * portal polls it; the real run adds `rows` draft listings to that exporter (`--import-rows`: only the first N rows are
 * imported for real, when a host is too slow to write them all; the dry run still checks every row).
 */
import { randomUUID } from "node:crypto"
import { parseArgs } from "node:util"
import ExcelJS from "exceljs"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { saveResults } from "./lib"

const HEADER = [
  "id",
  "category",
  "title_zh-CN",
  "subtitle_zh-CN",
  "description_zh-CN",
  "title_en",
  "subtitle_en",
  "description_en",
  "title_ru",
  "subtitle_ru",
  "description_ru",
  "sku",
  "price_cny",
  "stocked_quantity",
  "origin_region",
  "manufacturer",
  "hs_code",
  "vat_rate",
  "stock_origin",
  "shelf_life_days",
  "storage",
  "certificates",
  "gacc_registration_number",
  "indivisible",
  "label_zh",
]

async function spreadsheet(rows: number, tag: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("listings")
  sheet.addRow(HEADER)
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      "",
      "dried-apricots",
      `费尔干纳杏干 ${tag}-${i}`,
      "日晒无硫",
      "来自费尔干纳山谷的杏干，阳光晒干，不含二氧化硫。".repeat(3),
      `Fergana apricots ${tag}-${i}`,
      "Sun-dried, no sulphur",
      "Apricots from the Fergana valley, dried in the sun.".repeat(3),
      `Ферганская курага ${tag}-${i}`,
      "Без серы",
      "Курага из Ферганской долины, высушенная на солнце.".repeat(3),
      `BENCH-${tag}-${i}`,
      39 + (i % 50),
      100,
      "fergana",
      "Bench cooperative",
      "0813100000",
      9,
      "cross_border",
      365,
      "Keep dry and cool.",
      "gacc",
      "CUZB0621040300117",
      "no",
      "品名：杏干\n原产国：乌兹别克斯坦",
    ])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function timedImport(base: string, token: string, file: Buffer, dryRun: boolean) {
  const started = performance.now()
  const form = new FormData()
  form.append("kind", "listings")
  form.append("dry_run", String(dryRun))
  form.append("file", new Blob([new Uint8Array(file)]), "bench.xlsx")
  const res = await fetch(`${base}/exporter/imports`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  if (res.status !== 202) throw new Error(`starting the import answered ${res.status}: ${await res.text()}`)
  const accepted_ms = performance.now() - started
  const { import: job } = (await res.json()) as { import: { id: string } }
  while (true) {
    await new Promise((r) => setTimeout(r, 250))
    const poll = await fetch(`${base}/exporter/imports/${job.id}`, { headers: { authorization: `Bearer ${token}` } })
    const { import: now } = (await poll.json()) as { import: Record<string, any> }
    if (now.status === "done" || now.status === "failed") {
      const seconds = (performance.now() - started) / 1000
      return {
        status: now.status,
        rows: now.total_rows,
        created: now.created_count,
        problems: now.problems.length,
        upload_answered_ms: Math.round(accepted_ms),
        seconds: Math.round(seconds * 10) / 10,
        rows_per_second: Math.round((now.total_rows / seconds) * 10) / 10,
      }
    }
  }
}

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string", default: "http://localhost:9000" },
      rows: { type: "string", default: "1000" },
      "import-rows": { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
    },
  })
  const demo = (DEMO_LOGINS as { exporter?: { email: string; password: string } }).exporter
  const login = values.email && values.password ? { email: values.email, password: values.password } : demo
  if (!login) throw new Error("No exporter login: pass --email and --password")
  const base = values.url!.replace(/\/$/, "")
  const signIn = await fetch(`${base}/auth/exporter/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  })
  if (signIn.status !== 200) throw new Error(`signing in answered ${signIn.status}: ${await signIn.text()}`)
  const { token } = (await signIn.json()) as { token: string }
  const rows = Number(values.rows)
  const file = await spreadsheet(rows, randomUUID().slice(0, 6))
  console.log(`  file: ${rows} listings × 3 languages, ${Math.round(file.length / 1024)} KB XLSX`)
  const dry = await timedImport(base, token, file, true)
  console.log(`  dry run: ${JSON.stringify(dry)}`)
  const importRows = Math.min(rows, Number(values["import-rows"] ?? rows))
  // The dry run wrote nothing; the real import gets rows of its own (new SKUs), all of them or the first N.
  const real = await timedImport(base, token, await spreadsheet(importRows, randomUUID().slice(0, 6)), false)
  console.log(`  import: ${JSON.stringify(real)}`)
  saveResults(`bulk-import-${rows}`, { rows, file_kb: Math.round(file.length / 1024), dry_run: dry, import: real })
}
