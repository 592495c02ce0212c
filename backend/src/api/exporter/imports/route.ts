import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LISTING_COLUMNS, LISTING_READ_ONLY, MAX_IMPORT_ROWS, STOCK_COLUMNS } from "../../../bulk/columns"
import { bulkMessage } from "../../../bulk/messages"
import type { RowProblem } from "../../../bulk/problems"
import { runImport } from "../../../bulk/run-import"
import { readSheet, type Sheet } from "../../../bulk/spreadsheet"
import { BULK_IMPORT_MODULE } from "../../../modules/bulk-import"
import type BulkImportModuleService from "../../../modules/bulk-import/service"
import { auditActorOf } from "../helpers"
import type { PartnerRequest } from "../../partner-actor"
import { ExporterStartImport } from "../validators"
import { importJson } from "./serialize"

/** The exporter's latest imports (newest first), for the portal's list. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const jobs: BulkImportModuleService = req.scope.resolve(BULK_IMPORT_MODULE)
  const list = await jobs.listImportJobs({ exporter_id: req.partner.organisation.id }, { order: { created_at: "DESC" }, take: 20 })
  res.json({ imports: list.map(importJson) })
}

/** Headers as the columns are spelled (title_zh-CN), whatever case an office program or a person gave them. */
function withCanonicalHeader(sheet: Sheet, known: string[]): Sheet {
  const byLower = new Map(known.map((c) => [c.toLowerCase(), c]))
  const name = (h: string) => byLower.get(h.toLowerCase()) ?? h
  return {
    header: sheet.header.map(name),
    rows: sheet.rows.map((r) => ({ row: r.row, cells: Object.fromEntries(Object.entries(r.cells).map(([h, v]) => [name(h), v])) })),
  }
}

/** What is wrong with the file as a whole: its columns and its size. Row 1 is the header. */
function fileProblems(sheet: Sheet, kind: "listings" | "stock", locale: PartnerRequest["partner"]["person"]["locale"]): RowProblem[] {
  const known = kind === "listings" ? LISTING_COLUMNS : STOCK_COLUMNS
  const problems: RowProblem[] = []
  const unknown = sheet.header.filter((h) => h && !known.includes(h))
  if (unknown.length)
    problems.push({ row: 1, column: unknown[0], message: bulkMessage(locale, "unknown_columns", { values: unknown.join(", ") }) })
  const needed = kind === "listings" ? ["id"] : ["stocked_quantity"]
  const identifying = kind === "stock" && !sheet.header.includes("sku") && !sheet.header.includes("variant_id")
  const missing = [...needed.filter((c) => !sheet.header.includes(c)), ...(identifying ? ["sku"] : [])]
  if (kind === "stock" && !sheet.header.includes("stocked_quantity") && sheet.header.includes("price_cny"))
    missing.splice(missing.indexOf("stocked_quantity"), 1)
  if (missing.length)
    problems.push({ row: 1, column: missing[0], message: bulkMessage(locale, "missing_columns", { values: missing.join(", ") }) })
  if (!sheet.rows.length) problems.push({ row: 2, column: "", message: bulkMessage(locale, "no_rows") })
  if (sheet.rows.length > MAX_IMPORT_ROWS)
    problems.push({ row: MAX_IMPORT_ROWS + 2, column: "", message: bulkMessage(locale, "too_many_rows", { max: MAX_IMPORT_ROWS }) })
  return problems
}

/**
 * Starts an import of a CSV or XLSX file (multipart: `file`, `kind` listings|stock,
 * `dry_run` true|false, default true). Answers 202 with the job at once; the
 * rows are checked and imported in the background, and the portal polls
 * GET /exporter/imports/:id for progress and each row's problems.
 */
export async function POST(req: PartnerRequest, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const parsed = ExporterStartImport.safeParse(req.body ?? {})
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  const file = (req as PartnerRequest & { file?: { buffer: Buffer; originalname: string } }).file
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${bulkMessage(locale, "unreadable")}`)
  let sheet: Sheet
  try {
    sheet = await readSheet(file.buffer)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${bulkMessage(locale, "unreadable")}`)
  }
  const { kind, dry_run } = parsed.data
  sheet = withCanonicalHeader(sheet, kind === "listings" ? LISTING_COLUMNS : STOCK_COLUMNS)
  const readOnly = kind === "listings" ? LISTING_READ_ONLY : []
  const rows = sheet.rows.map((r) => ({
    row: r.row,
    cells: Object.fromEntries(Object.entries(r.cells).filter(([c]) => !readOnly.includes(c))),
  }))
  const jobs: BulkImportModuleService = req.scope.resolve(BULK_IMPORT_MODULE)
  const job = await jobs.createImportJobs({
    exporter_id: req.partner.organisation.id,
    person_id: req.partner.person.id,
    kind,
    file_name: file.originalname.slice(0, 200),
    dry_run,
    total_rows: sheet.rows.length,
  })
  // Not awaited: the person sees progress by polling the job; failures are written to it.
  void runImport(req.scope, {
    job_id: job.id,
    kind,
    dry_run,
    exporter_id: req.partner.organisation.id,
    actor: auditActorOf(req),
    locale,
    rows: sheet.rows.length > MAX_IMPORT_ROWS ? [] : rows,
    file_problems: fileProblems(sheet, kind, locale),
  })
  res.status(202).json({ import: importJson(job) })
}
