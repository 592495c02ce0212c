import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { ConsulateUpdatePromotion } from "../../api/consulate/validators"
import { CONSULATE_SCOPE } from "../../modules/consulate/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"

export const updateConsulatePromotionWorkflowId = "update-consulate-promotion"

export interface PromotionBefore {
  id: string
  status: string
  metadata: Record<string, unknown> | null
  application_method_id: string | null
  value: number | null
}

/** Staff pause or resume a promotion, rename it, or change its value, through Medusa's updatePromotionsWorkflow; audited. */
export const updateConsulatePromotionWorkflow = createWorkflow(
  updateConsulatePromotionWorkflowId,
  (input: { before: PromotionBefore; change: ConsulateUpdatePromotion; actor: AuditActor }) => {
    const data = transform({ input }, ({ input }) => {
      const { before, change } = input
      const metadata =
        change.name || change.description
          ? {
              ...(before.metadata ?? {}),
              ...(change.name ? { name: change.name } : {}),
              ...(change.description ? { description: change.description } : {}),
            }
          : undefined
      return {
        promotionsData: [
          {
            id: before.id,
            ...(change.status ? { status: change.status } : {}),
            ...(metadata ? { metadata } : {}),
            ...(change.value != null && before.application_method_id
              ? { application_method: { id: before.application_method_id, value: change.value } }
              : {}),
          },
        ],
      }
    })
    const updated = updatePromotionsWorkflow.runAsStep({ input: data })
    recordAuditEntriesStep(
      transform({ input }, ({ input }) => {
        const { before, change } = input
        const changes: Record<string, { before: unknown; after: unknown }> = {}
        if (change.status && change.status !== before.status) changes.status = { before: before.status, after: change.status }
        if (change.value != null && change.value !== before.value) changes.value = { before: before.value, after: change.value }
        if (change.name) changes.name = { before: (before.metadata as any)?.name ?? null, after: change.name }
        if (change.description) changes.description = { before: (before.metadata as any)?.description ?? null, after: change.description }
        return [
          {
            actor: input.actor,
            action: "consulate.promotion_updated",
            resource_type: "promotion",
            resource_id: before.id,
            scope_id: CONSULATE_SCOPE,
            changes,
          },
        ]
      }),
    )
    return new WorkflowResponse(updated)
  },
)
