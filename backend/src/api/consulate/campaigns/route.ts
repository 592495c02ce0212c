import type { MedusaResponse } from "@medusajs/framework/http"
import { campaignJson, consulateCampaign, listConsulateCampaigns } from "../../../utils/consulate-campaigns"
import { createConsulateCampaignWorkflow } from "../../../workflows/consulate/create-consulate-campaign"
import type { PartnerRequest } from "../../partner-actor"
import { consulateAuditActor } from "../helpers"
import type { ConsulateCreateCampaign, ConsulateListQuery } from "../validators"

/** The consulate's campaigns, latest start first, each with its budget's remainder and its promotions. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const page = req.validatedQuery as ConsulateListQuery
  const { campaigns, count } = await listConsulateCampaigns(req.scope, page)
  res.json({ campaigns: campaigns.map((c) => campaignJson(c)), count, limit: page.limit, offset: page.offset })
}

/** A new campaign: name, identifier, window (start and end), and optionally a budget in yuan spent or in redemptions. */
export async function POST(req: PartnerRequest<ConsulateCreateCampaign>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const { result } = await createConsulateCampaignWorkflow(req.scope).run({
    input: { ...req.validatedBody, locale, actor: consulateAuditActor(req) },
  })
  res.status(201).json({ campaign: campaignJson(await consulateCampaign(req.scope, result.id, locale)) })
}
