import type { MedusaResponse } from "@medusajs/framework/http"
import { assertOwnProduct } from "../../../../../utils/exporter-scope"
import { submitListingWorkflow } from "../../../../../workflows/listing/submit-listing"
import { auditActorOf, listingResponse } from "../../../helpers"
import { exporterMessage } from "../../../messages"
import type { PartnerRequest } from "../../../../partner-actor"

/** Submits a listing (or a live one's change) for review; a checklist with unmet items is a 400 listing them. */
export async function POST(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const locale = req.partner.person.locale
  await submitListingWorkflow(req.scope).run({
    input: {
      product_id: id,
      exporter_id: req.partner.organisation.id,
      actor: auditActorOf(req),
      locale,
      messages: { nothing: exporterMessage(locale, "nothing_to_submit"), in_review: exporterMessage(locale, "already_in_review") },
    },
  })
  res.json(await listingResponse(req.scope, id))
}
