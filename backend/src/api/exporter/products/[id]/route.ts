import type { MedusaResponse } from "@medusajs/framework/http"
import type { ListingInput } from "../../../../modules/listing/schema"
import { assertOwnProduct } from "../../../../utils/exporter-scope"
import { updateListingWorkflow } from "../../../../workflows/listing/update-listing"
import { auditActorOf, listingResponse } from "../../helpers"
import type { PartnerRequest } from "../../../partner-actor"

/** One of the exporter's listings; another exporter's id is a 404, as an id that does not exist. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  res.json(await listingResponse(req.scope, id))
}

/** Edits a listing: at once while it is off the shop; on a live one prices and stock at once, the rest after review. */
export async function POST(req: PartnerRequest<ListingInput>, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  await updateListingWorkflow(req.scope).run({
    input: { product_id: id, exporter_id: req.partner.organisation.id, actor: auditActorOf(req), change: req.validatedBody },
  })
  res.json(await listingResponse(req.scope, id))
}
