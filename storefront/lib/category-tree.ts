import type { Category } from "./medusa/types"

export type CategoryNode = Category & { children: CategoryNode[] }

/** The categories as the shop browses them: top-level ones in rank order, each with its children in rank order. */
export function categoryTree(categories: Category[]): CategoryNode[] {
  const byRank = [...categories].sort((a, b) => a.rank - b.rank)
  const nodes = new Map(byRank.map((c) => [c.id, { ...c, children: [] as CategoryNode[] }]))
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The categories from the top of the tree down to the one with this handle (empty when there is none). */
export function categoryPath(categories: Category[], handle: string): Category[] {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const path: Category[] = []
  for (let c = categories.find((x) => x.handle === handle); c && !path.includes(c); c = c.parentId ? byId.get(c.parentId) : undefined) {
    path.unshift(c)
  }
  return path
}
