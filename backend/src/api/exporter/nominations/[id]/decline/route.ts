import type { MedusaResponse } from "@medusajs/framework/http"
import { listNominations, nominationOf } from "../../../../../utils/campaign-nominations"
import { answerCampaignNominationWorkflow } from "../../../../../workflows/consulate/answer-campaign-nomination"
import type { PartnerRequest } from "../../../../partner-actor"
import { auditActorOf } from "../../../helpers"

/** The exporter declines, optionally saying why. 404 for another exporter's invitation. */
export async function POST(req: PartnerRequest<{ reason?: string }>, res: MedusaResponse) {
  const reason = req.validatedBody?.reason ?? null
  const locale = req.partner.person.locale
  const nomination = await nominationOf(req.scope, req.params.id, { exporter_id: req.partner.organisation.id }, locale)
  await answerCampaignNominationWorkflow(req.scope).run({
    input: { nomination, status: "declined", reason, locale, actor: auditActorOf(req) },
  })
  res.json({ nomination: (await listNominations(req.scope, { id: nomination.id }))[0] })
}
