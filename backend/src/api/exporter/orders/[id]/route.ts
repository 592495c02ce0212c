import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { exporterOrders } from "../../../../utils/exporter-sales"
import type { PartnerRequest } from "../../../partner-actor"

/** One of the exporter's orders; an order it has no line in is a 404 like one that does not exist. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const id = String(req.params.id).slice(0, 100)
  const { orders } = await exporterOrders(req.scope, req.partner.organisation.id, { ids: [id] })
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)
  res.json({ order: orders[0] })
}
