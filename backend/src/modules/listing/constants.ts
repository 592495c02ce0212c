/**
 * Where a listing stands in review. What the shop shows is the product's own
 * status (published or not); a live listing may also hold a content change
 * that waits for review (`pending`) while the shop keeps showing what was approved.
 *
 * - draft: never submitted, or edited after a submission was withdrawn
 * - in_review: submitted, waiting for an operator (a new listing, or a live one's pending change)
 * - changes_requested: an operator sent it back with a reason
 * - live: published, nothing waiting for review (a pending change not yet submitted may exist)
 * - archived: taken off the shop by the exporter
 */
export const LISTING_STATES = ["draft", "in_review", "live", "changes_requested", "archived"] as const
export type ListingState = (typeof LISTING_STATES)[number]

/** The languages an exporter writes a listing in; zh-CN is the shop's and is required to go live. */
export const CONTENT_LOCALES = ["zh-CN", "en", "ru"] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]

/**
 * Medusa wants every product to have an option. A listing without options (one jar, one price) is kept on this
 * placeholder, which the partner API never shows: it answers `options: []` and variants with `options: {}`.
 */
export const DEFAULT_OPTION = { title: "Default option", values: ["Default option value"] }

export const CONTENT_FIELDS = ["title", "subtitle", "description"] as const
export type ContentField = (typeof CONTENT_FIELDS)[number]
