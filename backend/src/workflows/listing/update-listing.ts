import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { setListingStateStep } from "./steps/set-listing-state"
import { applyListingPlan } from "./utils/apply-listing-plan"
import type { ListingChange } from "./utils/plan-listing-change"
import { decideUpdate } from "./utils/review-decisions"

export const updateListingWorkflowId = "update-listing"

/**
 * An exporter edits a listing (text, category, options and variants, prices,
 * stock, trade data, images). Not in the shop: written at once. Live: prices
 * and stock are written at once, and everything else waits for review as the
 * listing's pending change, so the shop keeps showing what was approved.
 */
export const updateListingWorkflow = createWorkflow(
  updateListingWorkflowId,
  (input: { product_id: string; exporter_id: string; actor: AuditActor; change: ListingChange }) => {
    const { snapshot, context } = loadListingStep({ product_id: input.product_id })
    const decision = transform({ input, snapshot, context }, ({ input, snapshot, context }) =>
      decideUpdate(snapshot!, input.change, context, input.actor, input.exporter_id),
    )
    applyListingPlan(
      transform({ decision }, ({ decision }) => decision.plan),
      input.product_id,
    )
    when("listing-update-state", { decision }, ({ decision }) => !!decision.state).then(() => {
      setListingStateStep(transform({ decision }, ({ decision }) => decision.state!))
    })
    recordAuditEntriesStep(transform({ decision }, ({ decision }) => decision.audit))
    return new WorkflowResponse(input.product_id)
  },
)
