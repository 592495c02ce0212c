import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CAMPAIGN_FEATURES_UPDATED, CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { addCampaignFeaturesStep } from "./steps/add-campaign-features"
import { removeCampaignFeatureStep } from "./steps/remove-campaign-feature"

export const featureCampaignProductsWorkflowId = "feature-campaign-products"

/** Staff add products to one of the consulate's campaigns' featured list (the route checked the campaign and products). */
export const featureCampaignProductsWorkflow = createWorkflow(
  featureCampaignProductsWorkflowId,
  (input: { campaign_id: string; product_ids: string[]; actor: AuditActor }) => {
    const added = addCampaignFeaturesStep(
      transform({ input }, ({ input }) => ({ campaign_id: input.campaign_id, product_ids: input.product_ids, source: "staff" as const })),
    )
    recordAuditEntriesStep(
      transform({ input, added }, ({ input, added }) =>
        added.length
          ? [
              {
                actor: input.actor,
                action: "consulate.products_featured",
                resource_type: "campaign",
                resource_id: input.campaign_id,
                scope_id: CONSULATE_SCOPE,
                changes: { product_ids: added },
              },
            ]
          : [],
      ),
    )
    emitEventStep({ eventName: CAMPAIGN_FEATURES_UPDATED, data: transform({ input }, ({ input }) => ({ campaign_id: input.campaign_id })) })
    return new WorkflowResponse(added)
  },
)

export const unfeatureCampaignProductWorkflowId = "unfeature-campaign-product"

/** Staff take a product off a campaign's featured list. */
export const unfeatureCampaignProductWorkflow = createWorkflow(
  unfeatureCampaignProductWorkflowId,
  (input: { campaign_id: string; product_id: string; actor: AuditActor }) => {
    const removed = removeCampaignFeatureStep(
      transform({ input }, ({ input }) => ({ campaign_id: input.campaign_id, product_id: input.product_id })),
    )
    recordAuditEntriesStep(
      transform({ input, removed }, ({ input, removed }) =>
        removed
          ? [
              {
                actor: input.actor,
                action: "consulate.product_unfeatured",
                resource_type: "campaign",
                resource_id: input.campaign_id,
                scope_id: CONSULATE_SCOPE,
                changes: { product_id: input.product_id },
              },
            ]
          : [],
      ),
    )
    emitEventStep({ eventName: CAMPAIGN_FEATURES_UPDATED, data: transform({ input }, ({ input }) => ({ campaign_id: input.campaign_id })) })
    return new WorkflowResponse(removed)
  },
)
