import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Longer than any product title a buyer could mean; a 10,000-character query is a mistake or an attack. */
export const MAX_QUERY_LENGTH = 200

type Body = { q?: unknown; filters?: { q?: unknown }; queries?: Body[] } & Record<string, unknown>

const QUERY_FIELDS = new Set(["entity", "fields", "filters", "pagination", "search_options"])

/** Refuses over-long queries before they reach the engine, naming the field and the limit. */
export function guardSearchQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Body
  const queries = Array.isArray(body.queries) ? body.queries : [body]
  queries.forEach((query, i) => {
    const unknown = Object.keys(query ?? {}).filter((key) => !QUERY_FIELDS.has(key))
    if (unknown.length) {
      const where = Array.isArray(body.queries) ? `queries[${i}]` : "the search request"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")} in ${where}; allowed: ${[...QUERY_FIELDS].join(", ")} (the query text goes in filters.q)`
      )
    }
    for (const [name, value] of [["q", query?.q], ["filters.q", query?.filters?.q]] as const) {
      if (typeof value === "string" && value.length > MAX_QUERY_LENGTH) {
        const field = Array.isArray(body.queries) ? `queries[${i}].${name}` : name
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field} must be at most ${MAX_QUERY_LENGTH} characters, got ${value.length}`
        )
      }
    }
  })
  next()
}
