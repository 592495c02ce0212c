import type { MedusaResponse } from "@medusajs/framework/http"
import { featuredProductIds } from "../../../../../modules/consulate/featured"
import { exportersOfProducts } from "../../../../../utils/campaign-nominations"
import { consulateCampaign } from "../../../../../utils/consulate-campaigns"
import { featureCampaignProductsWorkflow } from "../../../../../workflows/consulate/feature-campaign-products"
import type { PartnerRequest } from "../../../../partner-actor"
import { consulateAuditActor } from "../../../helpers"
import type { ConsulateFeatureProducts } from "../../../validators"

/** The campaign's featured products, in order (staff's picks and accepted nominations). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const campaign = await consulateCampaign(req.scope, req.params.id, req.partner.person.locale)
  res.json({ product_ids: await featuredProductIds(req.scope, campaign.id) })
}

/** Staff feature exporters' products directly (no nomination); each must be an exporter's product. */
export async function POST(req: PartnerRequest<ConsulateFeatureProducts>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const campaign = await consulateCampaign(req.scope, req.params.id, locale)
  await exportersOfProducts(req.scope, req.validatedBody.product_ids, locale)
  await featureCampaignProductsWorkflow(req.scope).run({
    input: { campaign_id: campaign.id, product_ids: req.validatedBody.product_ids, actor: consulateAuditActor(req) },
  })
  res.json({ product_ids: await featuredProductIds(req.scope, campaign.id) })
}
