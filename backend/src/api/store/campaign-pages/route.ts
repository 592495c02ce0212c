import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activeCampaignPages, campaignPagesJson } from "../../../utils/campaign-pages"

/**
 * The campaigns the shop shows now: published pages whose window holds this
 * moment, newest first. `product_id` narrows to the pages featuring a product
 * (its product page's banner).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const productId = typeof req.query.product_id === "string" ? req.query.product_id : undefined
  const pages = await campaignPagesJson(req.scope, await activeCampaignPages(req.scope))
  res.json({ campaign_pages: productId ? pages.filter((p) => p.featured_product_ids.includes(productId)) : pages })
}
