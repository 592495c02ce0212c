import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeCampaignPages, campaignPagesJson } from "../../../utils/campaign-pages"

/**
 * The campaigns the shop shows now: published pages whose window holds this
 * moment, newest first. `product_id` narrows to the pages featuring a product
 * (its product page's banner).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const productId = typeof req.query.product_id === "string" ? req.query.product_id : undefined
  const pages = await activeCampaignPages(req.scope)
  const featuring = productId ? pages.filter((p) => (p.featured_product_ids as string[]).includes(productId)) : pages
  res.json({ campaign_pages: await campaignPagesJson(req.scope, featuring) })
}
