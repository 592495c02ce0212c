import { describe, expect, it } from "vitest"
import { toProductDocument, withAncestors } from "../../src/search/lib/product-documents"

const tree = new Map([
  ["pcat_nuts", { id: "pcat_nuts", handle: "nuts", name: "Nuts & kernels" }],
  ["pcat_walnuts", { id: "pcat_walnuts", handle: "walnuts", name: "Walnuts" }],
  ["pcat_honey", { id: "pcat_honey", handle: "honey", name: "Honey" }],
])
const zhNames = {
  categories: new Map([
    ["pcat_nuts", "坚果"],
    ["pcat_walnuts", "核桃"],
    ["pcat_honey", "蜂蜜"],
  ]),
  collections: new Map(),
  exporters: new Map(),
}
const product = (categories: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  id: "prod_1",
  handle: "p",
  title: "Zaamin Mountain Wildflower Honey",
  status: "published",
  created_at: "2026-11-01T00:00:00Z",
  categories,
  ...extra,
})

describe("a product's search document", () => {
  it("carries its categories' ancestors, so a category page finds the products of its sub-categories", () => {
    const categories = withAncestors([{ id: "pcat_walnuts", mpath: "pcat_nuts.pcat_walnuts" }], tree)
    expect(categories.map((c) => c.handle)).toEqual(["nuts", "walnuts"])
    const doc = toProductDocument(product(categories), undefined, zhNames, { prices: { cny: 10 }, inStock: true })
    expect(doc.categories).toEqual(["nuts", "walnuts"])
    expect(doc.category_names_zh).toEqual(["坚果", "核桃"])
  })

  it("lists a category shared by two paths once", () => {
    const categories = withAncestors(
      [
        { id: "pcat_walnuts", mpath: "pcat_nuts.pcat_walnuts" },
        { id: "pcat_nuts", mpath: "pcat_nuts" },
      ],
      tree,
    )
    expect(categories.map((c) => c.handle)).toEqual(["nuts", "walnuts"])
  })

  it("spells its categories' Chinese names in pinyin, so fengmi finds every honey whatever its title", () => {
    const doc = toProductDocument(
      product(withAncestors([{ id: "pcat_honey", mpath: "pcat_honey" }], tree)),
      { title: "扎阿明高山百花蜜" },
      zhNames,
      { prices: { cny: 62 }, inStock: true },
    )
    expect(doc.title_pinyin.split(" ")).not.toContain("fengmi")
    expect(doc.category_pinyin.split(" ")).toContain("fengmi")
    expect(doc.category_initials.split(" ")).toContain("fm")
  })

  it("carries its lowest price in each region's currency, and none where it has no price", () => {
    const doc = toProductDocument(product([]), undefined, zhNames, { prices: { cny: 62, usd: 8.9 }, inStock: true })
    expect(doc).toMatchObject({ price: 62, price_usd: 8.9 })
    expect(toProductDocument(product([]), undefined, zhNames, { prices: { cny: 62 }, inStock: true })).toMatchObject({
      price: 62,
      price_usd: null,
    })
  })

  it("names its certificates in both languages (清真 and halal)", () => {
    const doc = toProductDocument(product([], { trade_profile: { certificates: ["halal", "gacc"] } }), undefined, zhNames, {
      prices: { cny: 62 },
      inStock: true,
    })
    expect(doc.certificate_names_zh).toEqual(["清真", "海关总署注册"])
    expect(doc.certificate_names_en).toEqual(["Halal", "GACC registered"])
  })
})
