import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyListingPreview } from "../../../../utils/listing-preview"
import { categoryFamilies, effectiveListing, listingJson, listingSnapshot } from "../../../../utils/listings"

/**
 * The draft behind a preview link (GET /exporter/products/:id/preview): the
 * listing with its pending change applied, for the storefront's product page
 * in draft mode. A forged, expired or foreign token is a 404, as a product
 * that does not exist.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const productId = verifyListingPreview(req.scope, req.params.token)
  const snapshot = productId ? await listingSnapshot(req.scope, productId) : null
  if (!snapshot) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This preview link is not valid or has expired.")
  const { checklist: _c, pending: _p, ...listing } = listingJson(effectiveListing({ ...snapshot }), await categoryFamilies(req.scope))
  res.json({ preview: listing })
}
