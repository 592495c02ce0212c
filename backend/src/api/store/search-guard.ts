import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * What one POST /store/search may ask of the engine. Each range of a range
 * facet is a search of its own, each value list a clause Meilisearch
 * evaluates per document: without bounds, one request of a few hundred
 * kilobytes keeps the engine busy for seconds. The storefront asks one query
 * with seven facets, lists of at most 20 values and pages up to 500 × 24
 * (storefront/lib/medusa, lib/catalog-params.ts); every limit is well above.
 */
const SEARCH_LIMITS = {
  /** Characters of the query text: longer than any product title a buyer could mean. */
  queryLength: 200,
  /** Queries in one multi-search request (InstantSearch sends one, plus one per disjunctive facet). */
  queries: 20,
  /** Facets of one query. */
  facets: 20,
  /** Ranges of one range facet, and of all range facets of a request together: each is one engine search. */
  ranges: 20,
  rangesPerRequest: 50,
  /** Values a value facet returns (Meilisearch keeps at most 100 per facet anyway). */
  facetValues: 100,
  /** Values of one filter list ($in, $nin, $overlaps, $contains, or a plain list). */
  filterValues: 100,
  /** Field conditions in one query's filters, and how deep $and / $or / $not nest. */
  filterConditions: 100,
  filterDepth: 5,
  /** Characters of one filter value, range key or facet name. */
  valueLength: 200,
  /** Documents skipped: past Meilisearch's maxTotalHits (10,000) a page is empty anyway. */
  skip: 50_000,
  /** Hits per page (Medusa's own limit). */
  take: 100,
}

type Json = unknown
const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v)

const QUERY_FIELDS = new Set(["entity", "fields", "filters", "pagination", "search_options"])

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function atMost(field: string, count: number, limit: number, what: string) {
  if (count > limit) refuse(`${field} has ${count} ${what}; at most ${limit} are allowed`)
}

function shortText(field: string, value: Json, limit = SEARCH_LIMITS.valueLength) {
  if (typeof value === "string" && value.length > limit) refuse(`${field} must be at most ${limit} characters, got ${value.length}`)
}

/** Walks a filter tree, counting its conditions and bounding lists, strings and nesting. */
function checkFilters(field: string, filters: Json, depth: number, counted: { conditions: number }) {
  if (!isObject(filters)) return
  if (depth > SEARCH_LIMITS.filterDepth) refuse(`${field} nests $and / $or / $not more than ${SEARCH_LIMITS.filterDepth} levels deep`)
  for (const [key, value] of Object.entries(filters)) {
    const at = `${field}.${key}`
    if (key === "q") {
      shortText(at, value, SEARCH_LIMITS.queryLength)
      continue
    }
    if (key === "$and" || key === "$or") {
      if (Array.isArray(value)) {
        atMost(at, value.length, SEARCH_LIMITS.filterConditions, "groups")
        value.forEach((group, i) => checkFilters(`${at}[${i}]`, group, depth + 1, counted))
      }
      continue
    }
    if (key === "$not") {
      checkFilters(at, value, depth + 1, counted)
      continue
    }
    counted.conditions += isObject(value) ? Math.max(1, Object.keys(value).length) : 1
    if (counted.conditions > SEARCH_LIMITS.filterConditions) {
      refuse(`filters have more than ${SEARCH_LIMITS.filterConditions} conditions; at most ${SEARCH_LIMITS.filterConditions} are allowed`)
    }
    checkFilterValue(at, value)
    if (isObject(value)) for (const [op, operand] of Object.entries(value)) checkFilterValue(`${at}.${op}`, operand)
  }
}

function checkFilterValue(field: string, value: Json) {
  if (Array.isArray(value)) {
    atMost(field, value.length, SEARCH_LIMITS.filterValues, "values")
    value.forEach((v, i) => shortText(`${field}[${i}]`, v))
  } else {
    shortText(field, value)
  }
}

/** Facets of one query: how many, their value limits and their ranges; returns the number of ranges. */
function checkFacets(field: string, facets: Json): number {
  if (!Array.isArray(facets)) return 0
  atMost(field, facets.length, SEARCH_LIMITS.facets, "facets")
  let ranges = 0
  facets.forEach((facet, i) => {
    const at = `${field}[${i}]`
    shortText(at, facet)
    if (!isObject(facet)) return
    shortText(`${at}.field`, facet.field)
    shortText(`${at}.query`, facet.query)
    if (typeof facet.limit === "number" && facet.limit > SEARCH_LIMITS.facetValues) {
      refuse(`${at}.limit must be at most ${SEARCH_LIMITS.facetValues}, got ${facet.limit}`)
    }
    if (Array.isArray(facet.ranges)) {
      atMost(`${at}.ranges`, facet.ranges.length, SEARCH_LIMITS.ranges, "ranges")
      facet.ranges.forEach((range, r) => isObject(range) && shortText(`${at}.ranges[${r}].key`, range.key))
      ranges += facet.ranges.length
    }
  })
  return ranges
}

function checkPagination(field: string, pagination: Json) {
  if (!isObject(pagination)) return
  for (const key of ["skip", "take"] as const) {
    const value = pagination[key]
    if (typeof value === "number" && value > SEARCH_LIMITS[key])
      refuse(`${field}.${key} must be at most ${SEARCH_LIMITS[key]}, got ${value}`)
  }
}

/** Refuses a search request that asks more of the engine than the limits above, naming the field and the limit. */
export function guardSearchQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, Json>
  const multi = Array.isArray(body.queries)
  const queries = multi ? (body.queries as Json[]) : [body]
  atMost("queries", queries.length, SEARCH_LIMITS.queries, "queries")
  let ranges = 0
  queries.forEach((query, i) => {
    const where = (name: string) => (multi ? `queries[${i}].${name}` : name)
    if (!isObject(query)) return
    const unknown = Object.keys(query).filter((key) => !QUERY_FIELDS.has(key))
    if (unknown.length) {
      refuse(
        `Unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")} in ${multi ? `queries[${i}]` : "the search request"}; ` +
          `allowed: ${[...QUERY_FIELDS].join(", ")} (the query text goes in filters.q)`,
      )
    }
    checkFilters(where("filters"), query.filters, 0, { conditions: 0 })
    checkPagination(where("pagination"), query.pagination)
    if (isObject(query.search_options)) ranges += checkFacets(where("search_options.facets"), query.search_options.facets)
  })
  if (ranges > SEARCH_LIMITS.rangesPerRequest) {
    refuse(
      `The search request has ${ranges} facet ranges in all; at most ${SEARCH_LIMITS.rangesPerRequest} are allowed (each range is a search)`,
    )
  }
  next()
}
