import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { consulateCampaign, consulateCampaignIds, promotionJson } from "../../../utils/consulate-campaigns"
import { createConsulatePromotionWorkflow } from "../../../workflows/consulate/create-consulate-promotion"
import type { PartnerRequest } from "../../partner-actor"
import { consulateAuditActor } from "../helpers"
import type { ConsulateCreatePromotion, ConsulateListQuery } from "../validators"
import { consulatePromotion } from "./helpers"

/** The promotions of the consulate's campaigns, newest first. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const page = req.validatedQuery as ConsulateListQuery
  const ids = await consulateCampaignIds(req.scope)
  const [promotions, count] = ids.length
    ? await req.scope.resolve(Modules.PROMOTION).listAndCountPromotions(
        { campaign: { id: ids } },
        {
          relations: ["application_method", "application_method.target_rules", "application_method.buy_rules", "campaign"],
          order: { created_at: "DESC" },
          take: page.limit,
          skip: page.offset,
        },
      )
    : [[], 0]
  res.json({ promotions: promotions.map(promotionJson), count, limit: page.limit, offset: page.offset })
}

/** A promotion in one of the consulate's campaigns: percentage or fixed off goods, buy X get Y, or free shipping; by code or automatic. */
export async function POST(req: PartnerRequest<ConsulateCreatePromotion>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  await consulateCampaign(req.scope, req.validatedBody.campaign_id, locale)
  const { result } = await createConsulatePromotionWorkflow(req.scope).run({
    input: { promotion: req.validatedBody, locale, actor: consulateAuditActor(req) },
  })
  res.status(201).json({ promotion: promotionJson(await consulatePromotion(req.scope, result.id, locale)) })
}
