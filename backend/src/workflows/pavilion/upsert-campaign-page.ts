import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CampaignPageInput, CampaignPageUpdate } from "../../modules/pavilion/schema"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { changedFields } from "./utils/changed-fields"
import { syncCampaignWindowStep } from "./steps/sync-campaign-window"
import { upsertCampaignPageStep } from "./steps/upsert-campaign-page"

export const upsertCampaignPageWorkflowId = "upsert-campaign-page"

/**
 * Consulate staff create or change a campaign page. The Medusa campaign it
 * carries gets the page's window; the change is audited; `campaign-page.updated`
 * tells the shop to drop its cached campaigns.
 */
export const upsertCampaignPageWorkflow = createWorkflow(
  upsertCampaignPageWorkflowId,
  (input: { id?: string; data: CampaignPageInput | CampaignPageUpdate; actor: AuditActor }) => {
    const { before, after } = upsertCampaignPageStep({ id: input.id, data: input.data })
    const window = transform({ after }, ({ after }) => ({
      campaign_id: after.campaign_id,
      starts_at: after.starts_at,
      ends_at: after.ends_at,
    }))
    when({ window }, ({ window }) => !!window.campaign_id).then(() => {
      syncCampaignWindowStep(window)
    })
    const audit = transform({ input, before, after }, ({ input, before, after }) => [
      {
        actor: input.actor,
        action: before ? "consulate.campaign_page_updated" : "consulate.campaign_page_created",
        scope_id: CONSULATE_SCOPE,
        resource_type: "campaign_page",
        resource_id: after.id,
        changes: changedFields(before, after),
      },
    ])
    recordAuditEntriesStep(audit)
    emitEventStep({ eventName: "campaign-page.updated", data: transform({ after }, ({ after }) => ({ id: after.id })) })
    return new WorkflowResponse(after)
  },
)
