import type { MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_ACCESS_MODULE } from "../../../modules/partner-access"
import type PartnerAccessModuleService from "../../../modules/partner-access/service"
import { createPartnerApiKeyWorkflow } from "../../../workflows/partner-access/create-partner-api-key"
import type { PartnerRequest } from "../../partner-actor"
import { apiKeyJson, auditActorOf } from "../helpers"
import type { ExporterCreateApiKey } from "../validators"

/** The exporter's API keys, newest first (revoked ones too, marked). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const service: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
  const keys = await service.listPartnerApiKeys(
    { actor_type: "exporter", scope_id: req.partner.organisation.id },
    { order: { created_at: "DESC" }, take: 100 },
  )
  res.json({ api_keys: keys.map(apiKeyJson) })
}

/** The owner creates a key; the answer holds its token, the only time it is shown. */
export async function POST(req: PartnerRequest<ExporterCreateApiKey>, res: MedusaResponse) {
  const { result } = await createPartnerApiKeyWorkflow(req.scope).run({
    input: { actor_type: "exporter", scope_id: req.partner.organisation.id, title: req.validatedBody.title, actor: auditActorOf(req) },
  })
  res.status(201).json({ api_key: { ...apiKeyJson(result.key), token: result.token } })
}
