import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../../modules/listing"
import type { ListingState } from "../../../modules/listing/constants"
import type ListingModuleService from "../../../modules/listing/service"
import type { PendingChange } from "../../../utils/listings"

export interface ListingStateInput {
  product_id: string
  state?: ListingState
  pending?: PendingChange | null
  submitted_at?: Date | null
  review_reason?: string | null
  reviewed_at?: Date | null
  reviewed_by?: string | null
}

type Undo = { created: string } | { updated: string; previous: Record<string, unknown> }

export const setListingStateStepId = "set-listing-state"

/** Moves a listing along its review (creating its record if the product has none yet); undone by restoring what it was. */
export const setListingStateStep = createStep(
  setListingStateStepId,
  async (input: ListingStateInput, { container }) => {
    const service: ListingModuleService = container.resolve(LISTING_MODULE)
    const [existing] = await service.listListings({ product_id: input.product_id })
    if (!existing) {
      const created = await service.createListings(input as never)
      return new StepResponse(created, { created: created.id } as Undo)
    }
    const { product_id: _p, ...fields } = input
    const updated = await service.updateListings({ id: existing.id, ...fields } as never)
    const previous = Object.fromEntries(Object.keys(fields).map((k) => [k, (existing as Record<string, unknown>)[k]]))
    return new StepResponse(updated, { updated: existing.id, previous } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: ListingModuleService = container.resolve(LISTING_MODULE)
    if ("created" in undo) await service.deleteListings([undo.created])
    else await service.updateListings({ id: undo.updated, ...undo.previous } as never)
  },
)
