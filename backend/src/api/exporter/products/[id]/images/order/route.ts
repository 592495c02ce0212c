import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertOwnProduct } from "../../../../../../utils/exporter-scope"
import { effectiveListing, listingSnapshot } from "../../../../../../utils/listings"
import { updateListingWorkflow } from "../../../../../../workflows/listing/update-listing"
import { auditActorOf, listingResponse } from "../../../../helpers"
import { exporterMessage } from "../../../../messages"
import type { PartnerRequest } from "../../../../../partner-actor"
import type { ExporterImageOrder } from "../../../../validators"

/** Sets the order of a listing's images (the first is the thumbnail): `ids` lists every image once. */
export async function POST(req: PartnerRequest<ExporterImageOrder>, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const current = effectiveListing((await listingSnapshot(req.scope, id))!).images
  const { ids } = req.validatedBody
  const reordered = ids.map((imageId) => current.find((i) => i.id === imageId))
  if (ids.length !== current.length || new Set(ids).size !== ids.length || reordered.some((i) => !i)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, exporterMessage(req.partner.person.locale, "image_order"))
  }
  await updateListingWorkflow(req.scope).run({
    input: {
      product_id: id,
      exporter_id: req.partner.organisation.id,
      actor: auditActorOf(req),
      change: { images: reordered as { id: string; url: string }[] },
    },
  })
  res.json(await listingResponse(req.scope, id))
}
