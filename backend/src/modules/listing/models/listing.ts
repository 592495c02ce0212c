import { model } from "@medusajs/framework/utils"
import { LISTING_STATES } from "../constants"

/**
 * The review state of one exporter's product. The product itself (Medusa's
 * product module) holds what the shop shows; a content change to a live
 * product waits here, in `pending`, until an operator approves it.
 */
const Listing = model.define("listing", {
  id: model.id({ prefix: "lst" }).primaryKey(),
  product_id: model.text().unique(),
  state: model.enum([...LISTING_STATES]).default("draft"),
  /** A live listing's change waiting for review (the ListingInput fields it changes), or null. */
  pending: model.json().nullable(),
  submitted_at: model.dateTime().nullable(),
  /** The reviewer's reason when changes were requested. */
  review_reason: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  /** The operator (user id) who reviewed last. */
  reviewed_by: model.text().nullable(),
})

export default Listing
