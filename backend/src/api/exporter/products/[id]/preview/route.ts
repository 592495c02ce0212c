import type { MedusaResponse } from "@medusajs/framework/http"
import { assertOwnProduct } from "../../../../../utils/exporter-scope"
import { signListingPreview } from "../../../../../utils/listing-preview"
import { listingSnapshot } from "../../../../../utils/listings"
import type { PartnerRequest } from "../../../../partner-actor"

/** A signed link, valid for an hour, to the listing as the shop's product page will show it (pending change included). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const id = await assertOwnProduct(req.scope, req.partner.organisation.id, req.params.id)
  const snapshot = (await listingSnapshot(req.scope, id))!
  const { url, expires_at } = signListingPreview(req.scope, id, snapshot.handle)
  res.json({ url, expires_at })
}
