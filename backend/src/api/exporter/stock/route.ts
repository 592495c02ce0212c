import type { MedusaResponse } from "@medusajs/framework/http"
import { exporterLocations, exporterStock } from "../../../utils/exporter-stock"
import { updateExporterStockWorkflow } from "../../../workflows/stock/update-exporter-stock"
import type { PartnerRequest } from "../../partner-actor"
import { auditActorOf } from "../helpers"
import type { ExporterListStock, ExporterUpdateStock } from "../validators"

/** Stock of every own variant per location, low-stock alerts first (also for ERP keys). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { q, low, limit, offset } = req.validatedQuery as unknown as ExporterListStock
  const [{ rows, count }, locations] = await Promise.all([
    exporterStock(req.scope, req.partner.organisation.id, { q, low: low === "true", limit, offset }),
    exporterLocations(req.scope),
  ])
  res.json({ variants: rows, count, limit, offset, locations: locations.list })
}

/** A bulk update of levels and thresholds: every row is checked first, then all are written or none. */
export async function POST(req: PartnerRequest<ExporterUpdateStock>, res: MedusaResponse) {
  const { result } = await updateExporterStockWorkflow(req.scope).run({
    input: {
      exporter_id: req.partner.organisation.id,
      locale: req.partner.person.locale,
      actor: auditActorOf(req),
      updates: req.validatedBody.updates,
    },
  })
  res.json({ updated: result.rows })
}
