import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { setListingStateStep } from "./steps/set-listing-state"
import { validateListingInReviewStep } from "./steps/validate-listing-review"
import { applyListingPlan } from "./utils/apply-listing-plan"
import { decideApprove } from "./utils/review-decisions"

export const approveListingWorkflowId = "approve-listing"

/**
 * An operator approves what is in review: a new listing is published (its
 * product.updated event brings it into search and revalidates the shop), a
 * live listing's pending change is written through the same product,
 * translation and trade writes as any edit.
 */
export const approveListingWorkflow = createWorkflow(
  approveListingWorkflowId,
  (input: { product_id: string; exporter_id: string | null; actor: AuditActor }) => {
    const { snapshot, context } = loadListingStep({ product_id: input.product_id })
    validateListingInReviewStep(transform({ snapshot }, ({ snapshot }) => ({ snapshot: snapshot! })))
    const decision = transform({ input, snapshot, context }, ({ input, snapshot, context }) =>
      decideApprove(snapshot!, context, input.actor, input.exporter_id),
    )
    applyListingPlan(
      transform({ decision }, ({ decision }) => decision.plan),
      input.product_id,
    )
    setListingStateStep(transform({ decision }, ({ decision }) => decision.state!))
    recordAuditEntriesStep(transform({ decision }, ({ decision }) => decision.audit))
    // After the run succeeds: the exporter's people are e-mailed (src/subscribers/listing-review-email.ts).
    emitEventStep({ eventName: "listing.approved", data: transform({ input }, ({ input }) => ({ product_id: input.product_id })) })
    return new WorkflowResponse(input.product_id)
  },
)
