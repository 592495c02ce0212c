import { describe, expect, it } from "vitest"
import { differingFields } from "../../src/search/lib/reconcile"

describe("differingFields (what makes an indexed document stale)", () => {
  const doc = { id: "prod_1", title_en: "Walnuts", tags: ["nuts", "raw"], price: 68, collection: null }

  it("finds none when the document says what indexing writes, lists in any order, null as missing", () => {
    const { collection: _c, ...withoutNull } = doc
    expect(differingFields(doc, { ...withoutNull, tags: ["raw", "nuts"] })).toEqual([])
  })

  it("names each field that differs, one the indexing no longer writes included", () => {
    expect(differingFields(doc, { ...doc, title_en: "Walnut", price: 70, tags: ["nuts"], legacy: "x" })).toEqual([
      "legacy",
      "price",
      "tags",
      "title_en",
    ])
  })

  it("tells false from missing and a number from its text", () => {
    expect(differingFields({ id: "p", in_stock: false, price: 1 }, { id: "p", price: "1" })).toEqual(["in_stock", "price"])
  })
})
