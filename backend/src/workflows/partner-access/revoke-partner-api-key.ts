import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { revokePartnerApiKeyStep } from "./steps/revoke-partner-api-key"

export const revokePartnerApiKeyWorkflowId = "revoke-partner-api-key"

/** An owner revokes a key: every request with it is refused from then on. */
export const revokePartnerApiKeyWorkflow = createWorkflow(
  revokePartnerApiKeyWorkflowId,
  (input: { actor_type: string; scope_id: string; id: string; actor: AuditActor }) => {
    const key = revokePartnerApiKeyStep(
      transform({ input }, ({ input }) => ({ actor_type: input.actor_type, scope_id: input.scope_id, id: input.id })),
    )
    recordAuditEntriesStep(
      transform({ input, key }, ({ input, key }) => [
        {
          actor: input.actor,
          action: "api_key.revoked",
          resource_type: "api_key",
          resource_id: key.id,
          scope_id: input.scope_id,
          changes: null,
        },
      ]),
    )
    return new WorkflowResponse(key)
  },
)
