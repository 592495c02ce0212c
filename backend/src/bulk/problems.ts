import type { z } from "@medusajs/framework/zod"
import type { PartnerLocale } from "../modules/partner-access/constants"
import { COLUMN_VALUES, columnOf, FORMAT_HINTS } from "./columns"
import { bulkMessage } from "./messages"

/** One thing wrong with a file: the row and column as the spreadsheet shows them, and what to do, in the person's language. */
export interface RowProblem {
  row: number
  column: string
  message: string
}

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((at, key) => (at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined), input)

/**
 * Zod's issues about a row's ListingInput as problems of its columns, in the
 * person's language. Our own schema messages are English and start with the
 * field: they are only the fallback for rules without a translated message.
 */
export function zodProblems(row: number, input: unknown, error: z.ZodError, locale: PartnerLocale): RowProblem[] {
  return error.issues.map((issue) => {
    const column = columnOf(issue.path)
    const value = valueAt(input, issue.path)
    const allowed = COLUMN_VALUES[column]
    const i = issue as z.core.$ZodIssue & { maximum?: number | bigint; minimum?: number | bigint; origin?: string }
    let message: string
    if (value === undefined || value === null || value === "") message = bulkMessage(locale, "required")
    else if (allowed && ["invalid_value", "invalid_union", "invalid_type"].includes(issue.code))
      message = bulkMessage(locale, "one_of", { values: allowed.join(", ") })
    else if (issue.code === "invalid_format" && FORMAT_HINTS[column])
      message = bulkMessage(locale, "format", { hint: FORMAT_HINTS[column] })
    else if (issue.code === "too_big" && i.origin === "string") message = bulkMessage(locale, "too_long", { max: Number(i.maximum) })
    else if ((issue.code === "too_big" || issue.code === "too_small") && i.origin === "number") {
      message = bulkMessage(locale, "range", {
        min: column === "price_cny" ? "0.01" : 0,
        max: column === "price_cny" ? 1_000_000 : column === "shelf_life_days" ? 3650 : 1_000_000,
      })
    } else message = bulkMessage(locale, "invalid", { reason: issue.message })
    return { row, column, message }
  })
}
