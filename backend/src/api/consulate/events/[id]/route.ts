import type { MedusaResponse } from "@medusajs/framework/http"
import type { PavilionEventUpdate } from "../../../../modules/pavilion/schema"
import { upsertPavilionEventWorkflow } from "../../../../workflows/pavilion/upsert-pavilion-event"
import type { PartnerRequest } from "../../../partner-actor"
import { consulateAuditActor } from "../../helpers"

export async function POST(req: PartnerRequest<PavilionEventUpdate>, res: MedusaResponse) {
  const { result } = await upsertPavilionEventWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody, actor: consulateAuditActor(req) },
  })
  res.json({ event: result })
}

export async function DELETE(req: PartnerRequest, res: MedusaResponse) {
  await upsertPavilionEventWorkflow(req.scope).run({
    input: { id: req.params.id, data: {}, remove: true, actor: consulateAuditActor(req) },
  })
  res.json({ id: req.params.id, object: "pavilion_event", deleted: true })
}
