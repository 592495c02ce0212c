import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { createCampaignNominationsStep } from "./steps/create-campaign-nominations"

export const nominateCampaignProductsWorkflowId = "nominate-campaign-products"

/** Staff invite exporters' products into one of the consulate's campaigns; each exporter answers in the portal. */
export const nominateCampaignProductsWorkflow = createWorkflow(
  nominateCampaignProductsWorkflowId,
  (input: {
    campaign_id: string
    products: { product_id: string; exporter_id: string }[]
    message?: string
    locale: string
    actor: AuditActor
  }) => {
    const nominations = createCampaignNominationsStep(
      transform({ input }, ({ input }) => ({
        campaign_id: input.campaign_id,
        products: input.products,
        message: input.message ?? null,
        invited_by: input.actor.id!,
        locale: input.locale,
      })),
    )
    recordAuditEntriesStep(
      transform({ input, nominations }, ({ input, nominations }) =>
        nominations.map((n) => ({
          actor: input.actor,
          action: "consulate.product_nominated",
          resource_type: "campaign_nomination",
          resource_id: n.id,
          scope_id: CONSULATE_SCOPE,
          changes: { campaign_id: n.campaign_id, product_id: n.product_id, exporter_id: n.exporter_id },
        })),
      ),
    )
    return new WorkflowResponse(nominations)
  },
)
