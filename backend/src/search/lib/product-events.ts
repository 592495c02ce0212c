import type { SearchTypes } from "@medusajs/framework/types"

type Query = SearchTypes.SearchContainer["query"]
type Event = { name: string; data: unknown }

/**
 * Every change that alters what a product's search document says. The catalog
 * loader follows none of them in its own process (seed/src/load/event-sync.ts)
 * and rebuilds the index once at the end instead.
 */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "translation.created",
  "translation.updated",
  "translation.deleted",
  "product-category.updated",
  "product-collection.updated",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "exporter.updated",
]

const idsOf = (data: unknown): string[] =>
  (Array.isArray(data) ? data : [data]).map((d) => (d as { id?: string } | undefined)?.id).filter((id): id is string => !!id)

async function productsOfVariants(query: Query, variantIds: string[]) {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  } as never)
  return data.map((v: any) => v.product_id)
}

async function productsOf(query: Query, entity: string, ids: string[]) {
  const { data } = await query.graph({ entity, fields: ["products.id"], filters: { id: ids } })
  return data.flatMap((row: any) => (row.products ?? []).map((p: any) => p.id))
}

/**
 * A category's name reaches the documents of every product below it (documents carry their categories' ancestors),
 * so a change to one touches the products of its whole subtree. Categories are few: read them all.
 */
async function productsOfCategoryTrees(query: Query, ids: string[]) {
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "mpath"] })
  const subtree = data.filter((c: any) => c.mpath?.split(".").some((id: string) => ids.includes(id))).map((c: any) => c.id)
  return productsOf(query, "product_category", [...new Set([...ids, ...subtree])])
}

/** What a translation belongs to decides which products it touches. */
async function productsOfTranslations(query: Query, ids: string[]) {
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id"],
    filters: { id: ids },
    withDeleted: true,
  } as never)
  const out: string[] = []
  for (const { reference, reference_id } of data as { reference: string; reference_id: string }[]) {
    if (reference === "product") out.push(reference_id)
    else if (reference === "product_variant") out.push(...(await productsOfVariants(query, [reference_id])))
    else if (reference === "product_category") out.push(...(await productsOfCategoryTrees(query, [reference_id])))
    else if (reference === "product_collection") out.push(...(await productsOf(query, "product_collection", [reference_id])))
    else if (reference === "exporter") out.push(...(await productsOf(query, "exporter", [reference_id])))
  }
  return out
}

async function productsOfInventoryLevels(query: Query, ids: string[]) {
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { id: ids },
    withDeleted: true,
  } as never)
  const items = levels.map((l: any) => l.inventory_item_id)
  if (!items.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id"],
    filters: { inventory_item_id: items },
  })
  return productsOfVariants(
    query,
    links.map((l: any) => l.variant_id),
  )
}

export async function productIdsForEvent(query: Query, event: Event): Promise<string[]> {
  const ids = idsOf(event.data)
  if (!ids.length) return []
  const [family] = event.name.split(".")
  let products: string[]
  switch (family) {
    case "product":
      products = ids
      break
    case "product-variant":
      products = await productsOfVariants(query, ids)
      break
    case "translation":
      products = await productsOfTranslations(query, ids)
      break
    case "product-category":
      products = await productsOfCategoryTrees(query, ids)
      break
    case "product-collection":
      products = await productsOf(query, "product_collection", ids)
      break
    case "inventory-level":
      products = await productsOfInventoryLevels(query, ids)
      break
    case "exporter":
      products = await productsOf(query, "exporter", ids)
      break
    default:
      products = []
  }
  return [...new Set(products.filter(Boolean))]
}
