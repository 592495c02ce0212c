import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAVILION_MODULE } from "../../../../modules/pavilion"
import type { CampaignPageUpdate } from "../../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../../modules/pavilion/service"
import { campaignPagesJson } from "../../../../utils/campaign-pages"
import { upsertCampaignPageWorkflow } from "../../../../workflows/pavilion/upsert-campaign-page"
import type { PartnerRequest } from "../../../partner-actor"
import { consulateAuditActor } from "../../helpers"

export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const service: PavilionModuleService = req.scope.resolve(PAVILION_MODULE)
  const [page] = await service.listCampaignPages({ id: req.params.id })
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign page ${req.params.id} was not found`)
  const [campaign_page] = await campaignPagesJson(req.scope, [page])
  res.json({ campaign_page })
}

/** Changes a page (publishing is `status: "published"`, ending early is an `ends_at` of now). */
export async function POST(req: PartnerRequest<CampaignPageUpdate>, res: MedusaResponse) {
  const { result } = await upsertCampaignPageWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody, actor: consulateAuditActor(req) },
  })
  const [campaign_page] = await campaignPagesJson(req.scope, [result])
  res.json({ campaign_page })
}
