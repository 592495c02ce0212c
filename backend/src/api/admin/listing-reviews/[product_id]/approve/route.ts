import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productOwner } from "../../../../../utils/exporter-scope"
import { approveListingWorkflow } from "../../../../../workflows/listing/approve-listing"
import { operatorOf } from "../../../actor"

/** Approves a listing in review: a new one goes live, a live one's change is written. Searchable and in the shop within seconds. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = req.params.product_id
  await approveListingWorkflow(req.scope).run({
    input: { product_id: productId, exporter_id: await productOwner(req.scope, productId), actor: await operatorOf(req) },
  })
  res.json({ product_id: productId, status: "live" })
}
