import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BULK_IMPORT_MODULE } from "../../../../modules/bulk-import"
import type BulkImportModuleService from "../../../../modules/bulk-import/service"
import type { PartnerRequest } from "../../../partner-actor"
import { importJson } from "../serialize"

/** One of the exporter's imports, polled for progress; another exporter's id is a 404 like one that does not exist. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const jobs: BulkImportModuleService = req.scope.resolve(BULK_IMPORT_MODULE)
  const [job] = await jobs.listImportJobs(
    { id: String(req.params.id).slice(0, 100), exporter_id: req.partner.organisation.id },
    { take: 1 },
  )
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import with id: ${req.params.id} was not found`)
  res.json({ import: importJson(job) })
}
