/**
 * How complete one language's content is, 0–100, computed while the person types by the backend's own rule
 * (title 50, description 30, subtitle 20), so the meter shows what the saved listing will report.
 */
export { contentCompleteness as completeness } from "../../../backend/src/modules/listing/checklist"
export { CONTENT_FIELDS } from "../../../backend/src/modules/listing/constants"

/** Chinese content is what a shopper sees: without its title a listing cannot go live. */
export const REQUIRED_TO_GO_LIVE = "zh-CN" as const

export function meterTone(percent: number): "red" | "orange" | "green" {
  if (percent >= 100) return "green"
  return percent > 0 ? "orange" : "red"
}
