import { describe, expect, it } from "vitest"
import { testStack } from "../helpers"
import { searchRaw, type SearchBody } from "../search"

/**
 * POST /store/search is public (the publishable key is in every page): one
 * request must not be able to make the engine run thousands of searches or
 * evaluate thousands of clauses. Each bound answers 400 naming the field and
 * the limit; what the storefront asks stays well inside.
 */
const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i))
const priceRanges = (n: number) => many(n, (i) => ({ from: i, to: i + 1 }))

describe("search: what one request may ask of the engine", () => {
  it.each<[string, SearchBody, RegExp]>([
    [
      "thousands of ranges in one range facet",
      { q: "", search_options: { facets: [{ field: "price", type: "range", ranges: priceRanges(2000) }] } },
      /search_options\.facets\[0\]\.ranges has 2000 ranges; at most 20/,
    ],
    [
      "many range facets of a few ranges each",
      { q: "", search_options: { facets: many(20, () => ({ field: "price", type: "range", ranges: priceRanges(10) })) } },
      /200 facet ranges in all; at most 50/,
    ],
    [
      "hundreds of facets",
      { q: "", search_options: { facets: many(300, () => "origin_region") } },
      /search_options\.facets has 300 facets; at most 20/,
    ],
    [
      "a value facet asking for ten thousand values",
      { q: "", search_options: { facets: [{ field: "origin_region", limit: 10_000 }] } },
      /search_options\.facets\[0\]\.limit must be at most 100, got 10000/,
    ],
    [
      "a filter list of thousands of values",
      { q: "", filters: { origin_region: many(5000, (i) => `r${i}`) } },
      /filters\.origin_region has 5000 values; at most 100/,
    ],
    [
      "an $in of thousands of values",
      { q: "", filters: { categories: { $in: many(1000, (i) => `c${i}`) } } },
      /filters\.categories\.\$in has 1000 values; at most 100/,
    ],
    [
      "a 50,000-character filter value",
      { q: "", filters: { origin_region: "x".repeat(50_000) } },
      /filters\.origin_region must be at most 200 characters, got 50000/,
    ],
    [
      "filters nested deeper than five levels",
      { q: "", filters: many(8, () => 0).reduce<Record<string, unknown>>((inner) => ({ $or: [inner] }), { in_stock: true }) },
      /nests \$and \/ \$or \/ \$not more than 5 levels/,
    ],
    [
      "a thousand conditions",
      { q: "", filters: { $or: many(1000, (i) => ({ price: { $gte: i } })) } },
      /filters\.\$or has 1000 groups; at most 100/,
    ],
    [
      "a page far past the last hit",
      { q: "", pagination: { skip: 10_000_000, take: 20 } },
      /pagination\.skip must be at most 50000, got 10000000/,
    ],
  ])("answers 400 to %s", async (_name, body, message) => {
    const { status, json } = await searchRaw(body)
    expect(status).toBe(400)
    expect(json.message).toMatch(message)
  })

  it("counts the ranges of every query in a multi-search against one budget", async () => {
    const query = {
      entity: "product",
      filters: { q: "" },
      search_options: { facets: [{ field: "price", type: "range", ranges: priceRanges(20) }] },
    }
    const stack = testStack()
    const res = await fetch(`${stack.backendUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: JSON.stringify({ queries: many(3, () => query) }),
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(/60 facet ranges in all; at most 50/)
  })

  it("still answers what the storefront asks: seven facets, 20-value lists, page 500, and a price range facet", async () => {
    const { status, json } = await searchRaw({
      q: "",
      filters: { origin_region: many(20, (i) => (i === 0 ? "samarkand" : `r${i}`)), price: { $gte: 0, $lte: 100_000 } },
      pagination: { skip: 499 * 24, take: 24 },
      search_options: {
        count: "exact",
        facets: [
          "origin_region",
          "exporter",
          "certificates",
          "fulfilment_modes",
          "in_stock",
          "categories",
          { field: "price", type: "stats" },
          { field: "price", type: "range", ranges: [{ to: 50 }, { from: 50, to: 100 }, { from: 100, to: 200 }, { from: 200 }] },
        ],
      },
    })
    expect(status).toBe(200)
    expect(json.results[0].facets.price ?? json.results[0].facets.origin_region).toBeTruthy()
    const first = await searchRaw({
      q: "",
      filters: { origin_region: "samarkand" },
      search_options: { facets: [{ field: "price", type: "range", ranges: [{ to: 100 }, { from: 100 }] }] },
    })
    expect(first.status).toBe(200)
    const buckets = first.json.results[0].facets.price.ranges
    expect(buckets).toHaveLength(2)
    expect(buckets[0].count + buckets[1].count).toBe(first.json.results[0].metadata.count)
  })
})
