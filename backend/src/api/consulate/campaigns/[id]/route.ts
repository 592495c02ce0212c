import type { MedusaResponse } from "@medusajs/framework/http"
import { featuredProductIds } from "../../../../modules/consulate/featured"
import { campaignJson, consulateCampaign } from "../../../../utils/consulate-campaigns"
import { updateConsulateCampaignWorkflow } from "../../../../workflows/consulate/update-consulate-campaign"
import type { PartnerRequest } from "../../../partner-actor"
import { consulateAuditActor } from "../../helpers"
import type { ConsulateUpdateCampaign } from "../../validators"

async function answer(req: PartnerRequest) {
  const campaign = await consulateCampaign(req.scope, req.params.id, req.partner.person.locale)
  return { campaign: { ...campaignJson(campaign), featured_product_ids: await featuredProductIds(req.scope, campaign.id) } }
}

/** One of the consulate's campaigns; 404 for any other id, the shop's own campaigns included. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json(await answer(req))
}

/** Changes the name, the window (ending a campaign early is `ends_at` = now) or the budget's limit. */
export async function POST(req: PartnerRequest<ConsulateUpdateCampaign>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const current = campaignJson(await consulateCampaign(req.scope, req.params.id, locale))
  await updateConsulateCampaignWorkflow(req.scope).run({
    input: {
      before: {
        id: current.id,
        name: current.name ?? "",
        description: current.description,
        starts_at: current.starts_at ?? null,
        ends_at: current.ends_at ?? null,
        budget: current.budget ? { limit: current.budget.limit, used: current.budget.used } : null,
      },
      change: req.validatedBody,
      locale,
      actor: consulateAuditActor(req),
    },
  })
  res.json(await answer(req))
}
