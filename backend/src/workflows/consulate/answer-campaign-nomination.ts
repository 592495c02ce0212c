import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CAMPAIGN_FEATURES_UPDATED, CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { addCampaignFeaturesStep } from "./steps/add-campaign-features"
import { setNominationStatusStep } from "./steps/set-nomination-status"

export const answerCampaignNominationWorkflowId = "answer-campaign-nomination"

/**
 * An invitation into a campaign answered: the exporter accepts (the product
 * joins the campaign's featured list, in the same run) or declines, or staff
 * withdraw it. The route checked whose it is. Audited for the consulate and
 * for the exporter.
 */
export const answerCampaignNominationWorkflow = createWorkflow(
  answerCampaignNominationWorkflowId,
  (input: {
    nomination: { id: string; campaign_id: string; product_id: string; exporter_id: string }
    status: "accepted" | "declined" | "withdrawn"
    reason?: string | null
    locale: string
    actor: AuditActor
  }) => {
    const updated = setNominationStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.nomination.id,
        status: input.status,
        decided_by: `${input.actor.type}:${input.actor.id}`,
        decline_reason: input.reason ?? null,
        locale: input.locale,
      })),
    )
    when({ input }, ({ input }) => input.status === "accepted").then(() => {
      addCampaignFeaturesStep(
        transform({ input }, ({ input }) => ({
          campaign_id: input.nomination.campaign_id,
          product_ids: [input.nomination.product_id],
          source: "nomination" as const,
          nomination_id: input.nomination.id,
        })),
      )
      emitEventStep({
        eventName: CAMPAIGN_FEATURES_UPDATED,
        data: transform({ input }, ({ input }) => ({ campaign_id: input.nomination.campaign_id })),
      })
    })
    recordAuditEntriesStep(
      transform({ input }, ({ input }) =>
        [CONSULATE_SCOPE, input.nomination.exporter_id].map((scope_id) => ({
          actor: input.actor,
          action: `campaign_nomination.${input.status}`,
          resource_type: "campaign_nomination",
          resource_id: input.nomination.id,
          scope_id,
          changes: { campaign_id: input.nomination.campaign_id, product_id: input.nomination.product_id, reason: input.reason ?? null },
        })),
      ),
    )
    return new WorkflowResponse(updated)
  },
)
