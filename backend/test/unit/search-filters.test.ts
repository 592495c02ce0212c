import { describe, expect, it } from "vitest"
import { compileFilters, SearchFilterError } from "../../src/modules/meilisearch/filters"
import { toMeilisearchSettings } from "../../src/modules/meilisearch/settings"

const index = {
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 3 } },
    subtitle: { type: "text", searchable: true },
    price: { type: "float", filterable: true, sortable: true, facetable: true },
    in_stock: { type: "boolean", filterable: true },
    tags: { type: "keyword", array: true, filterable: true, facetable: true },
    origin_region: { type: "keyword", filterable: true },
    created_at: { type: "date", filterable: true, sortable: true },
    categories: {
      type: "object",
      array: true,
      fields: { handle: { type: "keyword", filterable: true }, name: { type: "text", searchable: { weight: 5 } } },
    },
  },
} as any

const compile = (filters: any) => compileFilters(filters, index)

describe("Meilisearch filter compiler", () => {
  it("compiles equality, lists, ranges, booleans and nulls", () => {
    expect(compile({ origin_region: "fergana" })).toBe('origin_region = "fergana"')
    expect(compile({ tags: ["gift", "new"] })).toBe('tags IN ["gift", "new"]')
    expect(compile({ price: { $gte: 10, $lt: 100 } })).toBe("price >= 10 AND price < 100")
    expect(compile({ in_stock: true })).toBe("in_stock = true")
    expect(compile({ origin_region: null })).toBe("origin_region IS NULL")
    expect(compile({ origin_region: { $ne: null } })).toBe("origin_region IS NOT NULL")
    expect(compile({ tags: { $nin: ["old"] } })).toBe('tags NOT IN ["old"]')
    expect(compile({ tags: { $exists: false } })).toBe("tags NOT EXISTS")
    expect(compile({ tags: { $contains: ["a", "b"] } })).toBe('tags = "a" AND tags = "b"')
    expect(compile({ origin_region: { $prefix: "sam" } })).toBe('origin_region STARTS WITH "sam"')
  })

  it("compiles dates to the epoch milliseconds the documents hold", () => {
    expect(compile({ created_at: { $gte: new Date("2026-01-01T00:00:00Z") } })).toBe(`created_at >= ${Date.UTC(2026, 0, 1)}`)
  })

  it("groups $and, $or and $not, and reaches nested fields by path", () => {
    expect(compile({ $or: [{ origin_region: "bukhara" }, { price: { $lt: 5 } }], in_stock: true })).toBe(
      '((origin_region = "bukhara") OR (price < 5)) AND in_stock = true',
    )
    expect(compile({ $not: { origin_region: "khorezm" } })).toBe('NOT (origin_region = "khorezm")')
    expect(compile({ "categories.handle": "honey" })).toBe('categories.handle = "honey"')
  })

  it("escapes quotes and backslashes so a value cannot break out of its string", () => {
    expect(compile({ origin_region: 'a" OR price > 0 OR origin_region = "b' })).toBe(
      'origin_region = "a\\" OR price > 0 OR origin_region = \\"b"',
    )
    expect(compile({ origin_region: "back\\slash" })).toBe('origin_region = "back\\\\slash"')
  })

  it("ignores the query text and undefined values", () => {
    expect(compile({ q: "honey", price: undefined })).toBeUndefined()
  })

  it.each([
    [{ colour: "red" }, /colour.*not filterable/],
    [{ title: "honey" }, /title.*not filterable/],
    [{ price: { $between: [1, 2] } }, /\$between/],
    [{ origin_region: { $like: "%sam%" } }, /\$like/],
    [{ $xor: [] }, /\$xor/],
    [{ tags: { $in: "gift" } }, /takes a list/],
    [{ price: { $gt: Number.NaN } }, /finite/],
    [{ origin_region: { $gte: "a" } }, /origin_region.*only be matched by value/],
  ])("refuses %j", (filters, message) => {
    expect(() => compile(filters)).toThrow(SearchFilterError)
    expect(() => compile(filters)).toThrow(message)
  })
})

describe("Meilisearch settings from an index definition", () => {
  it("orders searchable attributes by weight and lists filterable, sortable and facet fields", () => {
    const settings = toMeilisearchSettings({
      ...index,
      settings: { provider_options: { meilisearch: { synonyms: { a: ["b"] }, localized_attributes: { zho: ["*_zh"] } } } },
    })
    expect(settings.searchableAttributes).toEqual(["categories.name", "title", "subtitle"])
    const [compared, matched] = settings.filterableAttributes
    expect(compared).toEqual({
      attributePatterns: ["price", "created_at"],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    })
    expect(matched.attributePatterns).toEqual(expect.arrayContaining(["tags", "categories.handle"]))
    expect(matched.attributePatterns).not.toContain("price")
    expect(matched.features.filter.comparison).toBe(false)
    expect(settings.sortableAttributes).toEqual(["price", "created_at"])
    expect(settings.synonyms).toEqual({ a: ["b"] })
    expect(settings.localizedAttributes).toEqual([{ locales: ["zho"], attributePatterns: ["*_zh"] }])
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBe(4)
  })
})
