import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCampaignsWorkflow } from "@medusajs/medusa/core-flows"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { validateConsulateCampaignUpdateStep, type CampaignBefore, type CampaignChange } from "./steps/validate-consulate-campaign-update"

export const updateConsulateCampaignWorkflowId = "update-consulate-campaign"

/** Staff change one of the consulate's campaigns (name, window — ending it now is an end of now — or budget), audited. */
export const updateConsulateCampaignWorkflow = createWorkflow(
  updateConsulateCampaignWorkflowId,
  (input: { before: CampaignBefore; change: CampaignChange; locale: string; actor: AuditActor }) => {
    const judged = validateConsulateCampaignUpdateStep(input)
    const updated = updateCampaignsWorkflow.runAsStep({ input: transform({ judged }, ({ judged }) => ({ campaignsData: [judged.update] })) })
    recordAuditEntriesStep(
      transform({ input, judged }, ({ input, judged }) => [
        {
          actor: input.actor,
          action: "consulate.campaign_updated",
          resource_type: "campaign",
          resource_id: input.before.id,
          scope_id: CONSULATE_SCOPE,
          changes: judged.changes,
        },
      ])
    )
    return new WorkflowResponse(updated)
  }
)
