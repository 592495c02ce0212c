import type { ContentLocale, ListingContent } from "./types"

/**
 * How complete one language's content is, 0–100, as the editor shows it while the person types: the share of
 * title, subtitle and description written (blank counts as missing). The backend answers the same figure in
 * `Listing.completeness` for saved content.
 */
export const CONTENT_FIELDS = ["title", "subtitle", "description"] as const satisfies readonly (keyof ListingContent)[]

export function completeness(content: ListingContent | undefined): number {
  if (!content) return 0
  const filled = CONTENT_FIELDS.filter((field) => (content[field] ?? "").trim().length > 0).length
  return Math.round((filled / CONTENT_FIELDS.length) * 100)
}

/** Chinese content is what a shopper sees: without its title a listing cannot go live. */
export const REQUIRED_TO_GO_LIVE: ContentLocale = "zh-CN"

export function meterTone(percent: number): "red" | "orange" | "green" {
  if (percent >= 100) return "green"
  return percent > 0 ? "orange" : "red"
}
