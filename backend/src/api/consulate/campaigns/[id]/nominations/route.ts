import type { MedusaResponse } from "@medusajs/framework/http"
import { exportersOfProducts, listNominations } from "../../../../../utils/campaign-nominations"
import { consulateCampaign } from "../../../../../utils/consulate-campaigns"
import { nominateCampaignProductsWorkflow } from "../../../../../workflows/consulate/nominate-campaign-products"
import type { PartnerRequest } from "../../../../partner-actor"
import { consulateAuditActor } from "../../../helpers"
import type { ConsulateNominate } from "../../../validators"

/** The invitations of products into this campaign and their answers. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const campaign = await consulateCampaign(req.scope, req.params.id, req.partner.person.locale)
  res.json({ nominations: await listNominations(req.scope, { campaign_id: campaign.id }) })
}

/** Invites exporters' products into the campaign; each exporter accepts or declines in the portal. */
export async function POST(req: PartnerRequest<ConsulateNominate>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const campaign = await consulateCampaign(req.scope, req.params.id, locale)
  const products = await exportersOfProducts(req.scope, req.validatedBody.product_ids, locale)
  await nominateCampaignProductsWorkflow(req.scope).run({
    input: { campaign_id: campaign.id, products, message: req.validatedBody.message, locale, actor: consulateAuditActor(req) },
  })
  res.status(201).json({ nominations: await listNominations(req.scope, { campaign_id: campaign.id }) })
}
