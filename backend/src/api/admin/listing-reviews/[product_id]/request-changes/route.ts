import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productOwner } from "../../../../../utils/exporter-scope"
import { requestListingChangesWorkflow } from "../../../../../workflows/listing/request-listing-changes"
import { operatorOf } from "../../../actor"
import type { AdminRequestListingChanges } from "../../validators"

/** Sends a listing back to its exporter with the reason they will read in the portal. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRequestListingChanges>, res: MedusaResponse) {
  const productId = req.params.product_id
  await requestListingChangesWorkflow(req.scope).run({
    input: {
      product_id: productId,
      exporter_id: await productOwner(req.scope, productId),
      actor: await operatorOf(req),
      reason: req.validatedBody.reason,
    },
  })
  res.json({ product_id: productId, status: "changes_requested" })
}
