import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignsWorkflow } from "@medusajs/medusa/core-flows"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { prepareConsulateCampaignStep, type PrepareConsulateCampaignInput } from "./steps/prepare-consulate-campaign"
import { recordConsulateCampaignStep } from "./steps/record-consulate-campaign"

export const createConsulateCampaignWorkflowId = "create-consulate-campaign"

/** Staff create a campaign (Medusa's, with its window and budget), marked as the consulate's, and audited. */
export const createConsulateCampaignWorkflow = createWorkflow(
  createConsulateCampaignWorkflowId,
  (input: PrepareConsulateCampaignInput & { actor: AuditActor }) => {
    const data = prepareConsulateCampaignStep(input)
    const created = createCampaignsWorkflow.runAsStep({ input: transform({ data }, ({ data }) => ({ campaignsData: [data] })) })
    const campaign = transform({ created }, ({ created }) => created[0])
    recordConsulateCampaignStep(
      transform({ campaign, input }, ({ campaign, input }) => ({ campaign_id: campaign.id, created_by: input.actor.id! })),
    )
    recordAuditEntriesStep(
      transform({ campaign, input, data }, ({ campaign, input, data }) => [
        {
          actor: input.actor,
          action: "consulate.campaign_created",
          resource_type: "campaign",
          resource_id: campaign.id,
          scope_id: CONSULATE_SCOPE,
          changes: {
            name: data.name,
            identifier: data.campaign_identifier,
            starts_at: data.starts_at,
            ends_at: data.ends_at,
            budget: data.budget ?? null,
          },
        },
      ]),
    )
    return new WorkflowResponse(campaign)
  },
)
