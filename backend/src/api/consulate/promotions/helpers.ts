import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { consulateMessage } from "../../../modules/consulate/messages"
import { consulateCampaignIds } from "../../../utils/consulate-campaigns"

/** A promotion of one of the consulate's campaigns, or a 404 in the staff's language (other promotions answer the same). */
export async function consulatePromotion(scope: MedusaContainer, id: string, locale: string) {
  const [promotion] = await scope
    .resolve(Modules.PROMOTION)
    .listPromotions(
      { id },
      { relations: ["application_method", "application_method.target_rules", "application_method.buy_rules", "campaign"] },
    )
  const campaignId = (promotion as any)?.campaign_id ?? promotion?.campaign?.id
  if (!promotion || !campaignId || !(await consulateCampaignIds(scope)).includes(campaignId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, consulateMessage(locale, "promotion_not_found", { id }))
  }
  return promotion
}
