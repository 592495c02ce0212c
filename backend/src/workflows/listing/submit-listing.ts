import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerLocale } from "../../modules/partner-access/constants"
import { recordAuditEntriesStep, type AuditActor } from "../audit/steps/record-audit-entries"
import { loadListingStep } from "./steps/load-listing"
import { setListingStateStep } from "./steps/set-listing-state"
import { validateListingSubmissionStep } from "./steps/validate-listing-review"
import { applyListingPlan } from "./utils/apply-listing-plan"
import { decideSubmit } from "./utils/review-decisions"

export const submitListingWorkflowId = "submit-listing"

/**
 * Puts a listing in the operators' review queue once the compliance checklist
 * passes: a new listing (its product becomes "proposed", still off the shop),
 * or a live listing's pending change (the shop keeps the live version).
 */
export const submitListingWorkflow = createWorkflow(
  submitListingWorkflowId,
  (input: {
    product_id: string
    exporter_id: string
    actor: AuditActor
    locale: PartnerLocale
    messages: { nothing: string; in_review: string }
  }) => {
    const { snapshot, context } = loadListingStep({ product_id: input.product_id })
    validateListingSubmissionStep(
      transform({ input, snapshot }, ({ input, snapshot }) => ({ snapshot: snapshot!, locale: input.locale, messages: input.messages })),
    )
    const decision = transform({ input, snapshot, context }, ({ input, snapshot, context }) =>
      decideSubmit(snapshot!, context, input.actor, input.exporter_id),
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
