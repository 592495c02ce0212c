import { describe, expect, it } from "vitest"
import { categoryPath, categoryTree } from "@/lib/category-tree"

const categories = [
  { id: "c3", handle: "walnuts", name: "Walnuts", parentId: "c2", rank: 0 },
  { id: "c2", handle: "nuts", name: "Nuts", parentId: null, rank: 1 },
  { id: "c4", handle: "almonds", name: "Almonds", parentId: "c2", rank: 1 },
  { id: "c1", handle: "dried-fruit", name: "Dried fruit", parentId: null, rank: 0 },
]

describe("the category tree", () => {
  it("puts top-level categories first and each one's children under it, in rank order", () => {
    const tree = categoryTree(categories)
    expect(tree.map((c) => c.handle)).toEqual(["dried-fruit", "nuts"])
    expect(tree[1].children.map((c) => c.handle)).toEqual(["walnuts", "almonds"])
    expect(tree[0].children).toEqual([])
  })

  it("finds the path from the top down to a category, and nothing for an unknown handle", () => {
    expect(categoryPath(categories, "almonds").map((c) => c.handle)).toEqual(["nuts", "almonds"])
    expect(categoryPath(categories, "nuts").map((c) => c.handle)).toEqual(["nuts"])
    expect(categoryPath(categories, "no-such-category")).toEqual([])
  })
})
