import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The customs identity an order was declared under, as the order page shows it: name and masked ID number only. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: req.params.id } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  const customs = (order.metadata as { customs?: { real_name?: string; id_number?: string } } | null)?.customs
  res.json({ customs: customs?.id_number ? { real_name: customs.real_name, id_number: customs.id_number } : null })
}
