import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { activeCampaignPages, campaignPagesJson } from "../../../../utils/campaign-pages"

/** One running campaign's page; a draft, one not started or one ended is a 404, as a slug that does not exist. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [page] = await activeCampaignPages(req.scope, new Date(), { slug: req.params.slug })
  if (!page) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No running campaign "${req.params.slug}"`)
  const [campaign_page] = await campaignPagesJson(req.scope, [page])
  res.json({ campaign_page })
}
