import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checklistRefusal } from "../../../modules/listing/checklist"
import type { PartnerLocale } from "../../../modules/partner-access/constants"
import { categoryFamilies, checklistOf, type ListingSnapshot } from "../../../utils/listings"
import { ChecklistError } from "../../../utils/partner-errors"

export const validateListingSubmissionStepId = "validate-listing-submission"

/**
 * A submission needs something to review (a listing that is not live, or a
 * live one's pending change), not already in review, and a checklist with
 * every item met: otherwise a 400 naming each missing item in the person's language.
 */
export const validateListingSubmissionStep = createStep(
  validateListingSubmissionStepId,
  async (input: { snapshot: ListingSnapshot; locale: PartnerLocale; messages: { nothing: string; in_review: string } }, { container }) => {
    const s = input.snapshot
    if (s.state === "in_review") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, input.messages.in_review)
    if (s.published && !s.pending) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, input.messages.nothing)
    const checklist = checklistOf(s, await categoryFamilies(container))
    if (checklist.some((item) => !item.ok)) throw new ChecklistError(checklistRefusal(checklist, input.locale), checklist)
    return new StepResponse(checklist)
  },
)

export const validateListingInReviewStepId = "validate-listing-in-review"

/** Operators review what is in review: anything else is a 400 that says where the listing stands. */
export const validateListingInReviewStep = createStep(validateListingInReviewStepId, async (input: { snapshot: ListingSnapshot }) => {
  if (input.snapshot.state !== "in_review") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Listing ${input.snapshot.id} is not in review (it is ${input.snapshot.state.replace("_", " ")}).`,
    )
  }
  return new StepResponse(undefined)
})
