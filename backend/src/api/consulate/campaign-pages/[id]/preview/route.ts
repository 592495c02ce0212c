import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAVILION_MODULE } from "../../../../../modules/pavilion"
import type PavilionModuleService from "../../../../../modules/pavilion/service"
import { signCampaignPreview } from "../../../../../utils/campaign-preview"
import type { PartnerRequest } from "../../../../partner-actor"

/** A signed link, valid for an hour, to the page as the shop will show it, draft or not yet started. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const service: PavilionModuleService = req.scope.resolve(PAVILION_MODULE)
  const [page] = await service.listCampaignPages({ id: req.params.id }, { select: ["id", "slug"] })
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign page ${req.params.id} was not found`)
  res.json(signCampaignPreview(req.scope, page.id, page.slug))
}
