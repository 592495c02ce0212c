import type { MedusaResponse } from "@medusajs/framework/http"
import { assertOwnProduct } from "../../../../../utils/exporter-scope"
import { archiveListingWorkflow } from "../../../../../workflows/listing/archive-listing"
import { auditActorOf, listingResponse } from "../../../helpers"
import type { PartnerRequest } from "../../../../partner-actor"

/** Takes a listing off the shop. */
export async function POST(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  await archiveListingWorkflow(req.scope).run({
    input: { product_id: id, exporter_id: req.partner.organisation.id, actor: auditActorOf(req) },
  })
  res.json(await listingResponse(req.scope, id))
}
