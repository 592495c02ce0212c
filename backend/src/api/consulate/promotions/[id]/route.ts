import type { MedusaResponse } from "@medusajs/framework/http"
import { promotionJson } from "../../../../utils/consulate-campaigns"
import { updateConsulatePromotionWorkflow } from "../../../../workflows/consulate/update-consulate-promotion"
import type { PartnerRequest } from "../../../partner-actor"
import { consulateAuditActor } from "../../helpers"
import type { ConsulateUpdatePromotion } from "../../validators"
import { consulatePromotion } from "../helpers"

export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json({ promotion: promotionJson(await consulatePromotion(req.scope, req.params.id, req.partner.person.locale)) })
}

/** Pauses or resumes a promotion (`status`), renames it, or changes its value. */
export async function POST(req: PartnerRequest<ConsulateUpdatePromotion>, res: MedusaResponse) {
  const locale = req.partner.person.locale
  const current = await consulatePromotion(req.scope, req.params.id, locale)
  const method = current.application_method as any
  await updateConsulatePromotionWorkflow(req.scope).run({
    input: {
      before: {
        id: current.id,
        status: current.status as string,
        metadata: (current.metadata as Record<string, unknown>) ?? null,
        application_method_id: method?.id ?? null,
        value: method?.value == null ? null : Number(method.value),
      },
      change: req.validatedBody,
      actor: consulateAuditActor(req),
    },
  })
  res.json({ promotion: promotionJson(await consulatePromotion(req.scope, req.params.id, locale)) })
}
