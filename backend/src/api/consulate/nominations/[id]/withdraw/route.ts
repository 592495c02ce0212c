import type { MedusaResponse } from "@medusajs/framework/http"
import { listNominations, nominationOf } from "../../../../../utils/campaign-nominations"
import { answerCampaignNominationWorkflow } from "../../../../../workflows/consulate/answer-campaign-nomination"
import type { PartnerRequest } from "../../../../partner-actor"
import { consulateAuditActor } from "../../../helpers"

/** Staff withdraw an invitation the exporter has not answered yet. */
export async function POST(req: PartnerRequest, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const nomination = await nominationOf(req.scope, req.params.id, {}, locale)
  await answerCampaignNominationWorkflow(req.scope).run({
    input: { nomination, status: "withdrawn", locale, actor: consulateAuditActor(req) },
  })
  res.json({ nomination: (await listNominations(req.scope, { id: nomination.id }))[0] })
}
