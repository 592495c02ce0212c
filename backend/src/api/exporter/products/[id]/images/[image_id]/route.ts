import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertOwnProduct } from "../../../../../../utils/exporter-scope"
import { effectiveListing, listingSnapshot } from "../../../../../../utils/listings"
import { updateListingWorkflow } from "../../../../../../workflows/listing/update-listing"
import { auditActorOf, listingResponse } from "../../../../helpers"
import type { PartnerRequest } from "../../../../../partner-actor"

/** Removes one image of a listing (on a live one, as part of its change for review). */
export async function DELETE(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const current = effectiveListing((await listingSnapshot(req.scope, id))!).images
  if (!current.some((i) => i.id === req.params.image_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image with id: ${req.params.image_id} was not found`)
  }
  await updateListingWorkflow(req.scope).run({
    input: {
      product_id: id,
      exporter_id: req.partner.organisation.id,
      actor: auditActorOf(req),
      change: { images: current.filter((i) => i.id !== req.params.image_id) },
    },
  })
  res.json(await listingResponse(req.scope, id))
}
