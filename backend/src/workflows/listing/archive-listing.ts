import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { setListingStateStep } from "./steps/set-listing-state"
import { applyListingPlan } from "./utils/apply-listing-plan"
import { decideArchive } from "./utils/review-decisions"

export const archiveListingWorkflowId = "archive-listing"

/** An exporter takes a listing off the shop; submitting it again puts it through review as a new listing. */
export const archiveListingWorkflow = createWorkflow(
  archiveListingWorkflowId,
  (input: { product_id: string; exporter_id: string; actor: AuditActor }) => {
    const { snapshot, context } = loadListingStep({ product_id: input.product_id })
    const decision = transform({ input, snapshot, context }, ({ input, snapshot, context }) =>
      decideArchive(snapshot!, context, input.actor, input.exporter_id),
    )
    applyListingPlan(
      transform({ decision }, ({ decision }) => decision.plan),
      input.product_id,
    )
    setListingStateStep(transform({ decision }, ({ decision }) => decision.state!))
    recordAuditEntriesStep(transform({ decision }, ({ decision }) => decision.audit))
    return new WorkflowResponse(input.product_id)
  },
)
