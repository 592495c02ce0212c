import type { InferTypeOf } from "@medusajs/framework/types"
import type ImportJob from "../../../modules/bulk-import/models/import-job"

type Job = InferTypeOf<typeof ImportJob>

/** An import as the portal polls it (`problems` sorted by row). */
export const importJson = (job: Job) => ({
  id: job.id,
  kind: job.kind,
  file_name: job.file_name,
  dry_run: job.dry_run,
  status: job.status,
  total_rows: job.total_rows,
  processed_rows: job.processed_rows,
  created_count: job.created_count,
  updated_count: job.updated_count,
  failed_count: job.failed_count,
  problems: job.problems ?? [],
  created_at: job.created_at,
  finished_at: job.finished_at,
})
