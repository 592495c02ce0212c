import type { MedusaResponse } from "@medusajs/framework/http"
import type { PavilionPageUpdate } from "../../../modules/pavilion/schema"
import { pavilionPage } from "../../../utils/pavilion"
import { updatePavilionPageWorkflow } from "../../../workflows/pavilion/update-pavilion-page"
import type { PartnerRequest } from "../../partner-actor"
import { consulateAuditActor } from "../helpers"

/** The pavilion page as staff edit it (null until first written). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json({ pavilion: await pavilionPage(req.scope) })
}

export async function POST(req: PartnerRequest<PavilionPageUpdate>, res: MedusaResponse) {
  await updatePavilionPageWorkflow(req.scope).run({ input: { data: req.validatedBody, actor: consulateAuditActor(req) } })
  res.json({ pavilion: await pavilionPage(req.scope) })
}
