import { describe, expect, it } from "vitest"
import { activeFilterCount, parseCatalogParams, toggleParam, withParam } from "@/lib/catalog-params"

describe("catalog state in the URL", () => {
  it("reads filters, sort and page, ignoring what it does not know", () => {
    expect(
      parseCatalogParams({ origin: "fergana,samarkand", stock: "1", sort: "price_asc", page: "3", min: "10", max: "x" }),
    ).toMatchObject({
      origin: ["fergana", "samarkand"],
      inStock: true,
      sort: "price_asc",
      page: 3,
      priceMin: 10,
      priceMax: undefined,
    })
    expect(parseCatalogParams({ sort: "drop table", page: "-2" })).toMatchObject({ sort: undefined, page: 1 })
  })

  it("toggles a facet value and goes back to page 1", () => {
    expect(toggleParam({ origin: "fergana", page: "4" }, "origin", "samarkand")).toEqual({ origin: "fergana,samarkand" })
    expect(toggleParam({ origin: "fergana,samarkand" }, "origin", "fergana")).toEqual({ origin: "samarkand" })
    expect(toggleParam({ stock: "1" }, "stock", "1", false)).toEqual({})
  })

  it("keeps the other parameters when one changes", () => {
    expect(withParam({ q: "蜂蜜", origin: "fergana" }, "sort", "newest")).toEqual({ q: "蜂蜜", origin: "fergana", sort: "newest" })
  })

  it("counts the filters a list has on, for the phone's filter button", () => {
    expect(activeFilterCount({})).toBe(0)
    expect(activeFilterCount({ q: "honey", sort: "price_asc", page: "2" })).toBe(0)
    expect(activeFilterCount({ origin: "fergana,samarkand", cert: "halal", stock: "1", min: "100", max: "500" })).toBe(5)
    expect(activeFilterCount({ exporter: "bukhara-olu", mode: "gz_pickup" })).toBe(2)
  })
})
