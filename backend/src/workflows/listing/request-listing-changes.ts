import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { setListingStateStep } from "./steps/set-listing-state"
import { validateListingInReviewStep } from "./steps/validate-listing-review"
import { applyListingPlan } from "./utils/apply-listing-plan"
import { decideRequestChanges } from "./utils/review-decisions"

export const requestListingChangesWorkflowId = "request-listing-changes"

/** An operator sends a listing back with a reason the exporter reads; a live listing stays live as it was. */
export const requestListingChangesWorkflow = createWorkflow(
  requestListingChangesWorkflowId,
  (input: { product_id: string; exporter_id: string | null; actor: AuditActor; reason: string }) => {
    const { snapshot, context } = loadListingStep({ product_id: input.product_id })
    validateListingInReviewStep(transform({ snapshot }, ({ snapshot }) => ({ snapshot: snapshot! })))
    const decision = transform({ input, snapshot, context }, ({ input, snapshot, context }) =>
      decideRequestChanges(snapshot!, context, input.actor, input.exporter_id, input.reason),
    )
    applyListingPlan(
      transform({ decision }, ({ decision }) => decision.plan),
      input.product_id,
    )
    setListingStateStep(transform({ decision }, ({ decision }) => decision.state!))
    recordAuditEntriesStep(transform({ decision }, ({ decision }) => decision.audit))
    // After the run succeeds: the exporter's people are e-mailed (src/subscribers/listing-review-email.ts).
    emitEventStep({
      eventName: "listing.changes_requested",
      data: transform({ input }, ({ input }) => ({ product_id: input.product_id, reason: input.reason })),
    })
    return new WorkflowResponse(input.product_id)
  },
)
