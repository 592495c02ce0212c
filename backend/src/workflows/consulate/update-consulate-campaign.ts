import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateCampaignsWorkflow } from "@medusajs/medusa/core-flows"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { alignCampaignPagesStep } from "../pavilion/steps/align-campaign-pages"
import { validateConsulateCampaignUpdateStep, type CampaignBefore, type CampaignChange } from "./steps/validate-consulate-campaign-update"

export const updateConsulateCampaignWorkflowId = "update-consulate-campaign"

/**
 * Staff change one of the consulate's campaigns (name, window — ending it now is an end of now — or budget), audited.
 * A new window is also its campaign pages' (`campaign-page.updated` expires the shop's campaigns at once), so ending
 * a campaign takes its banner off the shop together with its discount.
 */
export const updateConsulateCampaignWorkflow = createWorkflow(
  updateConsulateCampaignWorkflowId,
  (input: { before: CampaignBefore; change: CampaignChange; locale: string; actor: AuditActor }) => {
    const judged = validateConsulateCampaignUpdateStep(input)
    const updated = updateCampaignsWorkflow.runAsStep({
      input: transform({ judged }, ({ judged }) => ({ campaignsData: [judged.update] })),
    })
    const window = transform({ input }, ({ input }) => ({
      campaign_id: input.before.id,
      moved: !!(input.change.starts_at || input.change.ends_at),
      starts_at: new Date(input.change.starts_at ?? input.before.starts_at ?? Date.now()),
      ends_at: new Date(input.change.ends_at ?? input.before.ends_at ?? Date.now()),
    }))
    when({ window }, ({ window }) => window.moved).then(() => {
      const aligned = alignCampaignPagesStep(window)
      emitEventStep({ eventName: "campaign-page.updated", data: transform({ aligned }, ({ aligned }) => aligned.map((id) => ({ id }))) })
    })
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
      ]),
    )
    return new WorkflowResponse(updated)
  },
)
