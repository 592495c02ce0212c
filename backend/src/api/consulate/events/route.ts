import type { MedusaResponse } from "@medusajs/framework/http"
import { PAVILION_MODULE } from "../../../modules/pavilion"
import type { PavilionEventInput } from "../../../modules/pavilion/schema"
import type PavilionModuleService from "../../../modules/pavilion/service"
import { upsertPavilionEventWorkflow } from "../../../workflows/pavilion/upsert-pavilion-event"
import type { PartnerRequest } from "../../partner-actor"
import { consulateAuditActor } from "../helpers"

/** Every event, drafts and past ones included, latest first. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const service: PavilionModuleService = req.scope.resolve(PAVILION_MODULE)
  res.json({ events: await service.listPavilionEvents({}, { order: { starts_at: "DESC" }, take: 200 }) })
}

export async function POST(req: PartnerRequest<PavilionEventInput>, res: MedusaResponse) {
  const { result } = await upsertPavilionEventWorkflow(req.scope).run({
    input: { data: req.validatedBody, actor: consulateAuditActor(req) },
  })
  res.status(201).json({ event: result })
}
