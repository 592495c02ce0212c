import type { MedusaResponse } from "@medusajs/framework/http"
import { exporterOrders, salesSummary } from "../../../utils/exporter-sales"
import type { PartnerRequest } from "../../partner-actor"
import type { ExporterSalesSummary } from "../validators"

const DAY = 86_400_000

/** The sales dashboard for [from, to] (whole UTC days; default the last 30 days up to today). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as ExporterSalesSummary
  const today = new Date(new Date().toISOString().slice(0, 10))
  const to = new Date((query.to ? Date.parse(query.to) : today.getTime()) + DAY)
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY)
  const { orders } = await exporterOrders(req.scope, req.partner.organisation.id, { from, to })
  res.json({ summary: salesSummary(orders, from, to) })
}
