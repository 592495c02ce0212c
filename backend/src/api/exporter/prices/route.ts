import type { MedusaResponse } from "@medusajs/framework/http"
import { updateExporterPricesWorkflow } from "../../../workflows/stock/update-exporter-prices"
import type { PartnerRequest } from "../../partner-actor"
import { auditActorOf } from "../helpers"
import type { ExporterUpdatePrices } from "../validators"

/** CNY prices of own variants by id or SKU, applied at once (also for ERP keys). */
export async function POST(req: PartnerRequest<ExporterUpdatePrices>, res: MedusaResponse) {
  const { result } = await updateExporterPricesWorkflow(req.scope).run({
    input: {
      exporter_id: req.partner.organisation.id,
      locale: req.partner.person.locale,
      actor: auditActorOf(req),
      prices: req.validatedBody.prices,
    },
  })
  res.json({ updated: result.rows })
}
