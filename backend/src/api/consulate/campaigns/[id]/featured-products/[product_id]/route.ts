import type { MedusaResponse } from "@medusajs/framework/http"
import { featuredProductIds } from "../../../../../../modules/consulate/featured"
import { consulateCampaign } from "../../../../../../utils/consulate-campaigns"
import { unfeatureCampaignProductWorkflow } from "../../../../../../workflows/consulate/feature-campaign-products"
import type { PartnerRequest } from "../../../../../partner-actor"
import { consulateAuditActor } from "../../../../helpers"

/** Takes a product off the campaign's featured list. */
export async function DELETE(req: PartnerRequest, res: MedusaResponse) {
  const campaign = await consulateCampaign(req.scope, req.params.id, req.partner.person.locale)
  await unfeatureCampaignProductWorkflow(req.scope).run({
    input: { campaign_id: campaign.id, product_id: req.params.product_id, actor: consulateAuditActor(req) },
  })
  res.json({ product_ids: await featuredProductIds(req.scope, campaign.id) })
}
