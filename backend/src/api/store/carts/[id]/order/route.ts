import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signOrderAccess } from "../../../../../utils/order-access"

/**
 * The order a cart became, with a signed link's token to its details. A wallet
 * payment (WeChat Pay, Alipay) completes the cart through the webhook, outside
 * the shop's request; the shop, which holds the cart id (in the buyer's
 * httpOnly cookie, the buyer's proof of the order), asks here where the
 * buyer's order is.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [link],
  } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: req.params.id } })
  if (!link) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} has not become an order (yet).`)
  res.json({ order_id: link.order_id, access_token: signOrderAccess(req.scope, link.order_id) })
}
