import type { MedusaResponse } from "@medusajs/framework/http"
import { exporterOrders } from "../../../utils/exporter-sales"
import type { PartnerRequest } from "../../partner-actor"
import type { ExporterListOrders } from "../validators"

/** The exporter's orders, newest first: its own lines only, the destination's city and province, the state. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as unknown as ExporterListOrders
  const { orders, count } = await exporterOrders(req.scope, req.partner.organisation.id, { limit, offset })
  res.json({ orders, count, limit, offset })
}
