import type { MedusaResponse } from "@medusajs/framework/http"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import type { CampaignPageInput } from "../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../modules/pavilion/service"
import { campaignPagesJson } from "../../../utils/campaign-pages"
import { upsertCampaignPageWorkflow } from "../../../workflows/pavilion/upsert-campaign-page"
import type { PartnerRequest } from "../../partner-actor"
import { consulateAuditActor } from "../helpers"

/** Every campaign page, drafts and ended ones included, newest start first. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const service: PavilionModuleService = req.scope.resolve(PAVILION_MODULE)
  const pages = await service.listCampaignPages({}, { order: { starts_at: "DESC" }, take: 200 })
  res.json({ campaign_pages: await campaignPagesJson(req.scope, pages) })
}

export async function POST(req: PartnerRequest<CampaignPageInput>, res: MedusaResponse) {
  const { result } = await upsertCampaignPageWorkflow(req.scope).run({
    input: { data: req.validatedBody, actor: consulateAuditActor(req) },
  })
  const [campaign_page] = await campaignPagesJson(req.scope, [result])
  res.status(201).json({ campaign_page })
}
