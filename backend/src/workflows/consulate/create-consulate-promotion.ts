import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { ConsulateCreatePromotion } from "../../api/consulate/validators"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { prepareConsulatePromotionStep } from "./steps/prepare-consulate-promotion"

export const createConsulatePromotionWorkflowId = "create-consulate-promotion"

/**
 * Staff add a promotion to one of the consulate's campaigns (the route checked
 * it is theirs) through Medusa's createPromotionsWorkflow; it runs in the
 * campaign's window and spends its budget. Audited with what was set.
 */
export const createConsulatePromotionWorkflow = createWorkflow(
  createConsulatePromotionWorkflowId,
  (input: { promotion: ConsulateCreatePromotion; locale: string; actor: AuditActor }) => {
    const data = prepareConsulatePromotionStep(input)
    const created = createPromotionsWorkflow.runAsStep({ input: transform({ data }, ({ data }) => ({ promotionsData: [data] })) })
    const promotion = transform({ created }, ({ created }) => created[0])
    recordAuditEntriesStep(
      transform({ promotion, input }, ({ promotion, input }) => [
        {
          actor: input.actor,
          action: "consulate.promotion_created",
          resource_type: "promotion",
          resource_id: promotion.id,
          scope_id: CONSULATE_SCOPE,
          changes: {
            code: input.promotion.code,
            campaign_id: input.promotion.campaign_id,
            automatic: input.promotion.automatic,
            discount: input.promotion.discount,
            min_subtotal_cny: input.promotion.min_subtotal_cny ?? null,
          },
        },
      ]),
    )
    return new WorkflowResponse(promotion)
  },
)
