import type { SearchTypes } from "@medusajs/framework/types"
import { regionName, SEARCH_PRICE_FIELDS, type RegionCurrency } from "@bozor/shared"
import { CERTIFICATE_NAMES, type Certificate, type OriginRegion } from "../../modules/trade/constants"
import { pinyinTerms } from "./pinyin"

type Query = SearchTypes.SearchContainer["query"]

/**
 * What one product document is built from, in reads that run side by side:
 * the product with its collection and links; its tags and categories, in
 * small groups; its variants' CNY prices and stock (variantFacts); its Chinese
 * text; and the Chinese names of its categories, collection and exporter, read
 * once per batch from those (small) tables. One read with all of these is
 * several times slower: Medusa's serializer walks every product reachable
 * through the categories, tags and variants the batch shares.
 */
const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "updated_at",
  "collection.id",
  "collection.handle",
  "collection.title",
  "sales_channels.id",
  "trade_profile.origin_region",
  "trade_profile.certificates",
  "trade_profile.fulfilment_modes",
  "trade_profile.stock_origin",
  "exporter.id",
  "exporter.handle",
  "exporter.name",
]

/** Many-to-many relations shared across the batch: read in groups, where the serializer's cost stays small. */
const SHARED_FIELDS = ["id", "tags.value", "categories.id", "categories.mpath"]
const SHARED_CHUNK = 50

const ZH_FIELDS = ["id", "title", "subtitle", "description"]
const ZH = { locale: "zh-CN" } as never

export type ProductDocument = {
  id: string
  handle: string
  thumbnail: string | null
  status: string
  sales_channel_ids: string[]
  title_zh: string
  title_en: string
  subtitle_zh: string
  subtitle_en: string
  description_zh: string
  description_en: string
  title_pinyin: string
  title_initials: string
  /** Handles of the product's categories and of all their ancestors: a category page lists its whole subtree. */
  categories: string[]
  category_names_zh: string[]
  category_names_en: string[]
  /** How the Chinese category names (蜂蜜, 果干) are typed on a Latin keyboard: fengmi, guogan, fm. */
  category_pinyin: string
  category_initials: string
  collection: string | null
  collection_title_zh: string
  collection_title_en: string
  origin_region: string | null
  origin_name_zh: string
  origin_name_en: string
  exporter: string | null
  exporter_name_zh: string
  exporter_name_en: string
  tags: string[]
  certificates: string[]
  certificate_names_zh: string[]
  certificate_names_en: string[]
  fulfilment_modes: string[]
  stock_origin: string | null
  /** The lowest price in yuan (China's region) and in US dollars (International's): SEARCH_PRICE_FIELDS. */
  price: number | null
  price_usd: number | null
  in_stock: boolean
  created_at: string
}

type Row = Record<string, any>

type VariantFacts = { prices: Partial<Record<RegionCurrency, number>>; inStock: boolean }

/**
 * Per product, its lowest price in each region's currency over all variants and whether any variant can be sold (stock left at a
 * location, or no inventory managed, or backorders allowed). Read flat — variants, their price-set and
 * inventory-item links, then the prices and levels themselves — instead of as one nested graph, which costs
 * three times as much to serialize.
 */
async function variantFacts(query: Query, productIds: string[]): Promise<Map<string, VariantFacts>> {
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "manage_inventory", "allow_backorder"],
    filters: { product_id: productIds },
  })
  const facts = new Map<string, VariantFacts>(productIds.map((id) => [id, { prices: {}, inStock: false }]))
  if (!variants.length) return facts
  const variantIds = variants.map((v: Row) => v.id)
  const [{ data: priceLinks }, { data: itemLinks }] = await Promise.all([
    query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: variantIds } }),
    query.graph({
      entity: "product_variant_inventory_item",
      fields: ["variant_id", "inventory_item_id"],
      filters: { variant_id: variantIds },
    }),
  ])
  const [{ data: prices }, { data: levels }] = await Promise.all([
    priceLinks.length
      ? query.graph({
          entity: "price",
          fields: ["price_set_id", "amount", "currency_code"],
          filters: { price_set_id: priceLinks.map((l: Row) => l.price_set_id), currency_code: Object.keys(SEARCH_PRICE_FIELDS) },
        })
      : { data: [] as Row[] },
    itemLinks.length
      ? query.graph({
          entity: "inventory_level",
          fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
          filters: { inventory_item_id: itemLinks.map((l: Row) => l.inventory_item_id) },
        })
      : { data: [] as Row[] },
  ])
  const productOfVariant = new Map(variants.map((v: Row) => [v.id, v.product_id as string]))
  const productOfPriceSet = new Map(priceLinks.map((l: Row) => [l.price_set_id, productOfVariant.get(l.variant_id)]))
  for (const price of prices) {
    const fact = facts.get(productOfPriceSet.get(price.price_set_id) ?? "")
    const amount = Number(price.amount)
    const currency = price.currency_code as RegionCurrency
    if (fact && (fact.prices[currency] === undefined || amount < fact.prices[currency]!)) fact.prices[currency] = amount
  }
  const available = new Set(
    levels.filter((l: Row) => Number(l.stocked_quantity) - Number(l.reserved_quantity) > 0).map((l: Row) => l.inventory_item_id),
  )
  const sellable = new Set(itemLinks.filter((l: Row) => available.has(l.inventory_item_id)).map((l: Row) => l.variant_id))
  for (const v of variants as Row[]) {
    const fact = facts.get(v.product_id)
    if (fact && (!v.manage_inventory || v.allow_backorder || sellable.has(v.id))) fact.inStock = true
  }
  return facts
}

/** Chinese names of the batch's categories, collection and exporters, by id (untranslated ones as they are). */
type ZhNames = { categories: Map<string, string>; collections: Map<string, string>; exporters: Map<string, string> }

/**
 * A product's categories with every ancestor of each, parents first and without repeats. A category's `mpath` is
 * the ids from the root down to itself, joined by dots; `tree` holds every category those paths name.
 */
export function withAncestors(categories: { mpath?: string | null; id: string }[], tree: Map<string, Row>): Row[] {
  const ids = new Set(categories.flatMap((c) => (c.mpath ? c.mpath.split(".") : [c.id])))
  return [...ids].map((id) => tree.get(id)).filter((c): c is Row => Boolean(c))
}

export function toProductDocument(en: Row, zh: Row | undefined, names: ZhNames, facts: VariantFacts): ProductDocument {
  const region = en.trade_profile?.origin_region as OriginRegion | undefined
  const titleZh = zh?.title ?? en.title
  const { full, initials } = pinyinTerms(titleZh)
  const categories: Row[] = en.categories ?? []
  const categoryNamesZh = categories.map((c) => names.categories.get(c.id)).filter((n): n is string => Boolean(n))
  const categoryPinyin = pinyinTerms(categoryNamesZh.join(" "))
  const certificates: Certificate[] = en.trade_profile?.certificates ?? []
  return {
    id: en.id,
    handle: en.handle,
    thumbnail: en.thumbnail ?? null,
    status: en.status,
    sales_channel_ids: (en.sales_channels ?? []).map((s: Row) => s.id),
    title_zh: titleZh ?? "",
    title_en: en.title ?? "",
    subtitle_zh: zh?.subtitle ?? "",
    subtitle_en: en.subtitle ?? "",
    description_zh: zh?.description ?? "",
    description_en: en.description ?? "",
    title_pinyin: full,
    title_initials: initials,
    categories: categories.map((c) => c.handle),
    category_names_en: categories.map((c) => c.name),
    category_names_zh: categoryNamesZh,
    category_pinyin: categoryPinyin.full,
    category_initials: categoryPinyin.initials,
    collection: en.collection?.handle ?? null,
    collection_title_en: en.collection?.title ?? "",
    collection_title_zh: (en.collection && names.collections.get(en.collection.id)) ?? "",
    origin_region: region ?? null,
    origin_name_en: region ? regionName(region, "en") : "",
    origin_name_zh: region ? regionName(region, "zh-CN") : "",
    exporter: en.exporter?.handle ?? null,
    exporter_name_en: en.exporter?.name ?? "",
    exporter_name_zh: (en.exporter && names.exporters.get(en.exporter.id)) ?? "",
    tags: (en.tags ?? []).map((t: Row) => t.value),
    certificates,
    certificate_names_en: certificates.map((c) => CERTIFICATE_NAMES[c]?.en).filter((n): n is string => Boolean(n)),
    certificate_names_zh: certificates.map((c) => CERTIFICATE_NAMES[c]?.["zh-CN"]).filter((n): n is string => Boolean(n)),
    fulfilment_modes: en.trade_profile?.fulfilment_modes ?? [],
    stock_origin: en.trade_profile?.stock_origin ?? null,
    price: facts.prices.cny ?? null,
    price_usd: facts.prices.usd ?? null,
    in_stock: facts.inStock,
    created_at: new Date(en.created_at).toISOString(),
  }
}

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))
const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))]
const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id as string, r]))

/** Chinese names, by id, of the rows of `entity` with these ids. */
async function zhNames(query: Query, entity: string, field: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { data } = await query.graph({ entity, fields: ["id", field], filters: { id: ids } }, ZH)
  return new Map(data.map((r: Row) => [r.id, r[field]]))
}

/** Documents for these products, read in both languages; ids that no longer resolve are left out. */
export async function productDocuments(
  query: Query,
  filters: Record<string, unknown>,
  pagination?: { take: number; order: Record<string, "ASC"> },
) {
  const { data: en } = await query.graph({
    entity: "product",
    fields: PRODUCT_GRAPH_FIELDS,
    filters,
    ...(pagination ? { pagination } : {}),
  })
  if (!en.length) return { documents: [] as ProductDocument[] }
  const ids = en.map((p: Row) => p.id)
  const [shared, facts, zh] = await Promise.all([
    Promise.all(
      chunk(ids, SHARED_CHUNK).map((group) => query.graph({ entity: "product", fields: SHARED_FIELDS, filters: { id: group } })),
    ).then((reads) => byId(reads.flatMap((r) => r.data))),
    variantFacts(query, ids),
    query.graph({ entity: "product", fields: ZH_FIELDS, filters: { id: ids } }, ZH).then((r) => byId(r.data)),
  ])
  // The categories named by the products' category paths: their own and every ancestor.
  const categoryIds = unique(
    [...shared.values()].flatMap((p) => (p.categories ?? []).flatMap((c: Row) => (c.mpath ? c.mpath.split(".") : [c.id]))),
  )
  const [tree, categories, collections, exporters] = await Promise.all([
    categoryIds.length
      ? query
          .graph({ entity: "product_category", fields: ["id", "handle", "name"], filters: { id: categoryIds } })
          .then((r) => byId(r.data))
      : new Map<string, Row>(),
    zhNames(query, "product_category", "name", categoryIds),
    zhNames(query, "product_collection", "title", unique(en.map((p: Row) => p.collection?.id))),
    zhNames(query, "exporter", "name", unique(en.map((p: Row) => p.exporter?.id))),
  ])
  const documents = en.map((p: Row) => {
    const { tags, categories: productCategories } = shared.get(p.id) ?? {}
    const expanded = withAncestors(productCategories ?? [], tree)
    return toProductDocument(
      { ...p, tags: tags ?? [], categories: expanded },
      zh.get(p.id),
      { categories, collections, exporters },
      facts.get(p.id)!,
    )
  })
  return { documents }
}
