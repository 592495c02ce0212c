import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../../../../../modules/customs"
import type CustomsModuleService from "../../../../../modules/customs/service"

/** The identity an order was declared under, for operators: from the declaration record, the number masked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customs: CustomsModuleService = req.scope.resolve(CUSTOMS_MODULE)
  const {
    data: [link],
  } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.params.id } })
  const identity = link ? await customs.declaredIdentity(link.cart_id) : null
  res.json({ customs: identity ? { real_name: identity.real_name, id_number: identity.id_number_masked, kind: identity.kind } : null })
}
