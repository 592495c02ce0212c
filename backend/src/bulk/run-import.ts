import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BULK_IMPORT_MODULE } from "../modules/bulk-import"
import type BulkImportModuleService from "../modules/bulk-import/service"
import type { PartnerLocale } from "../modules/partner-access/constants"
import type { AuditActor } from "../workflows/audit/steps/record-audit-entries"
import { createListingWorkflow } from "../workflows/listing/create-listing"
import { updateListingWorkflow } from "../workflows/listing/update-listing"
import { checkListingRows } from "./check-listing-rows"
import { checkStockRows } from "./check-stock-rows"
import { bulkMessage } from "./messages"
import type { RowProblem } from "./problems"
import type { SheetRow } from "./spreadsheet"

type ImportKind = "listings" | "stock"

export interface ImportRun {
  job_id: string
  kind: ImportKind
  dry_run: boolean
  exporter_id: string
  actor: AuditActor
  locale: PartnerLocale
  rows: SheetRow[]
  /** Problems found before any row was read (unknown columns...): they stop the import. */
  file_problems: RowProblem[]
}

/** How often the job row is written while rows are imported: enough for a progress bar, not a write per row. */
const PROGRESS_EVERY_MS = 500

/**
 * Runs an import in the background of the request that started it. First
 * every row is checked (a dry run stops there and writes nothing but the
 * job's report). A real run then writes each good row's listing through the
 * listing workflows, one workflow run a listing: a listing is written whole or,
 * when a step fails, rolled back by the workflow's compensation, so no half-
 * written product remains. Rows with problems are skipped and reported; the
 * others are imported (per-listing, not per-file: see docs/PARTNERS.md).
 */
export async function runImport(scope: MedusaContainer, run: ImportRun): Promise<void> {
  const jobs: BulkImportModuleService = scope.resolve(BULK_IMPORT_MODULE)
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  let problems: RowProblem[] = [...run.file_problems]
  try {
    await jobs.updateImportJobs({ id: run.job_id, status: "checking" })
    if (problems.length) return await finish(jobs, run.job_id, { problems, failed_count: run.rows.length, processed_rows: 0 })

    const checked =
      run.kind === "listings"
        ? await checkListingRows(scope, run.exporter_id, run.rows, run.locale)
        : await checkStockRows(scope, run.exporter_id, run.rows, run.locale)
    problems = checked.problems
    const badRows = new Set(problems.map((p) => p.row)).size
    if (run.dry_run) return await finish(jobs, run.job_id, { problems, failed_count: badRows, processed_rows: run.rows.length })

    await jobs.updateImportJobs({ id: run.job_id, status: "importing", failed_count: badRows, problems: problems as never })
    const counts = { created_count: 0, updated_count: 0, failed_count: badRows, processed_rows: badRows }
    let lastWrite = Date.now()
    const units =
      run.kind === "listings"
        ? (checked.plans as Awaited<ReturnType<typeof checkListingRows>>["plans"]).map((p) => ({
            rows: [p.row],
            product_id: p.product_id,
            input: p.input,
            count: 1,
          }))
        : (checked.plans as Awaited<ReturnType<typeof checkStockRows>>["plans"]).map((p) => ({
            rows: p.rows,
            product_id: p.product_id,
            input: { variants: p.variants },
            count: p.updated,
          }))
    for (const unit of units) {
      try {
        if (unit.product_id) {
          await updateListingWorkflow(scope).run({
            input: { product_id: unit.product_id, exporter_id: run.exporter_id, actor: run.actor, change: unit.input },
          })
          counts.updated_count += unit.count
        } else {
          await createListingWorkflow(scope).run({ input: { exporter_id: run.exporter_id, actor: run.actor, listing: unit.input } })
          counts.created_count += 1
        }
      } catch (error) {
        const reason = (error as Error).message ?? String(error)
        problems.push(...unit.rows.map((row) => ({ row, column: "", message: bulkMessage(run.locale, "failed", { reason }) })))
        counts.failed_count += unit.rows.length
      }
      counts.processed_rows += unit.rows.length
      if (Date.now() - lastWrite > PROGRESS_EVERY_MS) {
        await jobs.updateImportJobs({ id: run.job_id, ...counts })
        lastWrite = Date.now()
      }
    }
    await finish(jobs, run.job_id, { ...counts, processed_rows: run.rows.length, problems })
  } catch (error) {
    logger.error(`Import ${run.job_id} stopped: ${(error as Error).stack ?? error}`)
    problems.push({ row: 0, column: "", message: bulkMessage(run.locale, "failed", { reason: (error as Error).message }) })
    await jobs
      .updateImportJobs({ id: run.job_id, status: "failed", problems: problems as never, finished_at: new Date() })
      .catch(() => undefined)
  }
}

async function finish(jobs: BulkImportModuleService, id: string, values: { problems: RowProblem[] } & Record<string, unknown>) {
  await jobs.updateImportJobs({
    id,
    status: "done",
    finished_at: new Date(),
    ...values,
    problems: values.problems.sort((a, b) => a.row - b.row) as never,
  })
}
