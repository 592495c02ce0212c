import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LISTING_COLUMNS, STOCK_COLUMNS } from "../../../../bulk/columns"
import { listingExportRows, stockExportRows } from "../../../../bulk/export-rows"
import { writeSheet } from "../../../../bulk/spreadsheet"
import type { PartnerRequest } from "../../../partner-actor"
import type { ExporterExport } from "../../validators"

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }

/**
 * The exporter's listings (`/exporter/exports/listings`) or stock and prices
 * (`/exporter/exports/stock`) as a CSV or XLSX file to edit and import back.
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const kind = req.params.kind
  if (kind !== "listings" && kind !== "stock")
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no export "${String(kind).slice(0, 40)}": use listings or stock`)
  const { format } = req.validatedQuery as ExporterExport
  const exporterId = req.partner.organisation.id
  const [header, rows] =
    kind === "listings"
      ? [LISTING_COLUMNS, await listingExportRows(req.scope, exporterId)]
      : [STOCK_COLUMNS, await stockExportRows(req.scope, exporterId)]
  const file = await writeSheet(format, kind, header, rows)
  const date = new Date().toISOString().slice(0, 10)
  res.setHeader("content-type", CONTENT_TYPES[format])
  res.setHeader("content-disposition", `attachment; filename="bozor-${kind}-${date}.${format}"`)
  res.setHeader("cache-control", "private, no-store")
  res.send(file)
}
