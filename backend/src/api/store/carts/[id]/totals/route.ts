import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCartTotals } from "../../../../../utils/totals"

/** The cart's figures as the shop shows them, in fen that add up, in the request's language (utils/totals.ts). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ totals: await loadCartTotals(req.scope, req.params.id, req.locale) })
}
