import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAVILION_MODULE } from "../../../../modules/pavilion"
import type PavilionModuleService from "../../../../modules/pavilion/service"
import { campaignPagesJson } from "../../../../utils/campaign-pages"
import { verifyCampaignPreview } from "../../../../utils/campaign-preview"

/**
 * The campaign page behind a preview link (GET /consulate/campaign-pages/:id/preview),
 * whatever its status and window, for the storefront's campaign page in
 * preview. A forged, expired or foreign token is a 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const id = verifyCampaignPreview(req.scope, req.params.token)
  const service: PavilionModuleService = req.scope.resolve(PAVILION_MODULE)
  const page = id ? (await service.listCampaignPages({ id }))[0] : undefined
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This preview link is not valid or has expired.")
  const [preview] = await campaignPagesJson(req.scope, [page])
  res.json({ preview })
}
