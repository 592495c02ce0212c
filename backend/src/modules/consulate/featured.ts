import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSULATE_MODULE } from "."
import type ConsulateModuleService from "./service"

/** The products a campaign features, in their order (for its page, the home page, the pavilion). */
export async function featuredProductIds(scope: MedusaContainer, campaignId: string): Promise<string[]> {
  const service: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  const rows = await service.listCampaignFeaturedProducts(
    { campaign_id: campaignId },
    { order: { position: "ASC", created_at: "ASC" }, take: null },
  )
  return rows.map((r) => r.product_id)
}
