import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { createPartnerApiKeyStep } from "./steps/create-partner-api-key"

export const createPartnerApiKeyWorkflowId = "create-partner-api-key"

/** An organisation's owner creates an API key for its ERP; the audit log names who and which key (never the secret). */
export const createPartnerApiKeyWorkflow = createWorkflow(
  createPartnerApiKeyWorkflowId,
  (input: { actor_type: string; scope_id: string; title: string; actor: AuditActor }) => {
    const created = createPartnerApiKeyStep(
      transform({ input }, ({ input }) => ({
        actor_type: input.actor_type,
        scope_id: input.scope_id,
        title: input.title,
        created_by: `${input.actor.type}:${input.actor.id}`,
      })),
    )
    recordAuditEntriesStep(
      transform({ input, created }, ({ input, created }) => [
        {
          actor: input.actor,
          action: "api_key.created",
          resource_type: "api_key",
          resource_id: created.key.id,
          scope_id: input.scope_id,
          changes: { title: { before: null, after: input.title }, prefix: { before: null, after: created.key.token_prefix } },
        },
      ]),
    )
    return new WorkflowResponse(created)
  },
)
