import type { MedusaResponse } from "@medusajs/framework/http"
import { revokePartnerApiKeyWorkflow } from "../../../../workflows/partner-access/revoke-partner-api-key"
import type { PartnerRequest } from "../../../partner-actor"
import { apiKeyJson, auditActorOf } from "../../helpers"

/** The owner revokes a key (kept, marked revoked, so the list shows what was used when). */
export async function DELETE(req: PartnerRequest, res: MedusaResponse) {
  const { result } = await revokePartnerApiKeyWorkflow(req.scope).run({
    input: { actor_type: "exporter", scope_id: req.partner.organisation.id, id: req.params.id, actor: auditActorOf(req) },
  })
  res.json({ api_key: apiKeyJson(result) })
}
