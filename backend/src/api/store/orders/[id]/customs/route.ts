import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../../../../../modules/customs"
import type CustomsModuleService from "../../../../../modules/customs/service"
import { ORDER_ACCESS_HEADER, orderAccessOf } from "../../../../../utils/order-access"

/**
 * The customs identity an order was declared under, from the customs module's
 * records (the declaration its cart made on completion): the real name and the masked
 * ID number, for the owner or a signed link only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { access } = await orderAccessOf(req.scope, req.params.id, {
    actorCustomerId: req.auth_context?.actor_id,
    token: req.headers[ORDER_ACCESS_HEADER],
  })
  if (access === "public") {
    res.json({ customs: null, access })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customs: CustomsModuleService = req.scope.resolve(CUSTOMS_MODULE)
  const {
    data: [link],
  } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.params.id } })
  const identity = link ? await customs.declaredIdentity(link.cart_id) : null
  res.json({
    customs: identity ? { real_name: identity.real_name, id_number: identity.id_number_masked } : null,
    access,
  })
}
