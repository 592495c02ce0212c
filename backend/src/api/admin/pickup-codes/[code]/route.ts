import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { isPickupCode } from "../../../../modules/pickup/service"

const FIELDS = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "email",
  "total",
  "currency_code",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.title",
  "items.quantity",
]

/** The counter's lookup: the order a buyer's pickup code (typed or scanned) belongs to, with what to hand over. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const code = String(req.params.code ?? "")
  if (!isPickupCode(code)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A pickup code has 8 digits (spaces and dashes are ignored).")
  }
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const orderId = await pickups.orderOfCode(code)
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order has the pickup code ${code}.`)
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: orderId, fields: FIELDS, filters: { is_draft_order: false } },
  })
  res.json({ order: result })
}
