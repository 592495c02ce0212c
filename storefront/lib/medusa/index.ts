import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, productCacheTag, searchPriceField, type SearchPriceField } from "@bozor/shared"
import { medusa, storeGet } from "./client"
import { reshapeProductDetail, reshapeProductSummary, reshapeSearchHit } from "./reshape"
import { SEARCH_HIT_FIELDS } from "./search-fields"
import { getListingPreview, reshapeListingPreview } from "./preview"
import type { Category, FacetValue, ProductDetail, ProductSummary, Region, SearchResults } from "./types"

const SUMMARY_FIELDS =
  "id,handle,title,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"

/** The region whose prices the shop shows: mainland China, in yuan. Search results follow its currency too. */
export async function getShopRegion(locale: string): Promise<Region> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    locale,
    query: { fields: "id,currency_code" },
    tags: [CACHE_TAGS.regions],
  })
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  if (!region) throw new Error("The backend has no region: run `npm run seed`.")
  return { id: region.id, currencyCode: region.currency_code.toUpperCase() }
}

export async function getProducts(
  locale: string,
  options: { limit?: number; offset?: number; order?: string } = {},
): Promise<{ products: ProductSummary[]; count: number }> {
  const region = await getShopRegion(locale)
  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    locale,
    query: {
      region_id: region.id,
      fields: SUMMARY_FIELDS,
      limit: options.limit ?? 24,
      offset: options.offset ?? 0,
      order: options.order ?? "-created_at",
    },
    tags: [CACHE_TAGS.products],
  })
  return { products: products.map(reshapeProductSummary), count }
}

const DETAIL_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "*images",
  "*options",
  "*options.values",
  "*variants.calculated_price",
  "*variants.options",
  "*variants.options.option",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "variants.sku",
  "variants.title",
  "*categories",
  "*collection",
  "trade_profile.*",
  "exporter.handle",
  "exporter.name",
  "exporter.region",
  "exporter.city",
  "exporter.verified",
  "exporter.logo_url",
].join(",")

export async function getProduct(locale: string, handle: string): Promise<ProductDetail | null> {
  const region = await getShopRegion(locale)
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    locale,
    query: { handle, region_id: region.id, fields: DETAIL_FIELDS, limit: 1 },
    tags: [CACHE_TAGS.products, productCacheTag(handle)],
  })
  return products[0] ? reshapeProductDetail(products[0]) : null
}

export async function getCategories(locale: string): Promise<Category[]> {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    locale,
    query: { fields: "id,handle,name,parent_category_id,rank", limit: 100 },
    tags: [CACHE_TAGS.categories],
  })
  return product_categories.map((c) => ({
    id: c.id,
    handle: c.handle,
    name: c.name,
    parentId: c.parent_category_id ?? null,
    rank: c.rank ?? 0,
  }))
}

export async function getCollections(locale: string) {
  const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    locale,
    query: { fields: "id,handle,title,metadata", limit: 50 },
    tags: [CACHE_TAGS.collections],
  })
  return collections.map((c) => ({ id: c.id, handle: c.handle, title: c.title, metadata: (c.metadata ?? {}) as Record<string, unknown> }))
}

/** Sorts the shop offers; each is the search engine's own order, never a sort of one page in memory. */
const SORTS = {
  relevance: () => undefined,
  price_asc: (price: SearchPriceField) => ({ [price]: "ASC" }),
  price_desc: (price: SearchPriceField) => ({ [price]: "DESC" }),
  newest: () => ({ created_at: "DESC" }),
} as const
export type SortKey = keyof typeof SORTS

export interface CatalogQuery {
  q?: string
  category?: string
  collection?: string
  exporter?: string
  origin?: string[]
  certificate?: string[]
  fulfilment?: string[]
  inStock?: boolean
  priceMin?: number
  priceMax?: number
  sort?: SortKey
  page?: number
  pageSize?: number
  highlight?: boolean
  /** Facet counts and price bounds (default); lists without filters (home, suggestions) leave them out. */
  facets?: boolean
}

const FACET_FIELDS = ["origin_region", "exporter", "certificates", "fulfilment_modes", "in_stock", "categories"]

/** Catalog pages and search: one query to POST /store/search, facets included. */
export async function searchCatalog(locale: string, query: CatalogQuery): Promise<SearchResults> {
  // Prices are the region's, from the index field of its currency: a region the index does not price in gets none.
  const region = await getShopRegion(locale)
  const priceField = searchPriceField(region.currencyCode)
  const filters: Record<string, unknown> = { q: query.q ?? "" }
  if (query.category) filters.categories = query.category
  if (query.collection) filters.collection = query.collection
  if (query.exporter) filters.exporter = query.exporter
  if (query.origin?.length) filters.origin_region = query.origin
  if (query.certificate?.length) filters.certificates = query.certificate
  if (query.fulfilment?.length) filters.fulfilment_modes = query.fulfilment
  if (query.inStock) filters.in_stock = true
  if (priceField && (query.priceMin != null || query.priceMax != null)) {
    filters[priceField] = {
      ...(query.priceMin != null ? { $gte: query.priceMin } : {}),
      ...(query.priceMax != null ? { $lte: query.priceMax } : {}),
    }
  }
  const pageSize = query.pageSize ?? 24
  const order = priceField ? SORTS[query.sort ?? "relevance"](priceField) : undefined
  const zh = locale.startsWith("zh")
  const { results } = await medusa().client.fetch<{ results: any[] }>("/store/search", {
    method: "POST",
    body: {
      entity: "product",
      fields: [...SEARCH_HIT_FIELDS, ...(priceField ? [priceField] : [])],
      filters,
      pagination: { skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize, ...(order ? { order } : {}) },
      search_options: {
        ...(query.facets === false ? {} : { facets: [...FACET_FIELDS, ...(priceField ? [{ field: priceField, type: "stats" }] : [])] }),
        count: "exact",
        ...(query.highlight ? { highlight: { fields: [zh ? "title_zh" : "title_en"], pre_tag: "<mark>", post_tag: "</mark>" } } : {}),
      },
    },
    headers: { "x-medusa-locale": locale },
    cache: "force-cache",
    next: { tags: [CACHE_TAGS.products, CACHE_TAGS.search], revalidate: 300 },
  } as never)
  const result = results[0]
  const facets: Record<string, FacetValue[]> = {}
  for (const [field, facet] of Object.entries(result.facets ?? {}) as [string, any][]) {
    if (facet.type === "value") facets[field] = facet.values
  }
  const stats = priceField ? result.facets?.[priceField] : undefined
  return {
    hits: result.hits.map((h: any) => reshapeSearchHit(h, locale, priceField && { field: priceField, currencyCode: region.currencyCode })),
    count: result.metadata.count ?? result.hits.length,
    facets,
    priceStats: stats?.type === "stats" ? { min: stats.min, max: stats.max } : null,
  }
}

const reshapeExporter = (e: Record<string, any>) => ({
  id: e.id as string,
  handle: e.handle as string,
  name: e.name as string,
  region: e.region as string,
  city: e.city as string,
  story: (e.story as string | null) ?? null,
  foundedYear: (e.founded_year as number | null) ?? null,
  verified: !!e.verified,
  logoUrl: (e.logo_url as string | null) ?? null,
  website: (e.website as string | null) ?? null,
  gaccNumber: (e.gacc_registration_number as string | null) ?? null,
})

export async function getExporter(locale: string, handle: string) {
  const { exporters } = await storeGet<{ exporters: Record<string, any>[] }>("/store/exporters", {
    locale,
    query: { handle },
    tags: [CACHE_TAGS.exporters],
  })
  return exporters[0] ? reshapeExporter(exporters[0]) : null
}

/** Every exporter's public profile, by name. */
export async function getExporters(locale: string) {
  const { exporters } = await storeGet<{ exporters: Record<string, any>[] }>("/store/exporters", { locale, tags: [CACHE_TAGS.exporters] })
  return exporters.map(reshapeExporter)
}

export async function getExporterNames(locale: string): Promise<Record<string, string>> {
  return Object.fromEntries((await getExporters(locale)).map((e) => [e.handle, e.name]))
}

/** The draft behind a preview link for the product page at `handle`, or null (a wrong, expired or foreign token: the page 404s). */
export async function getProductPreview(locale: string, handle: string, token: string): Promise<ProductDetail | null> {
  const preview = await getListingPreview(token)
  return preview && preview.handle === handle ? reshapeListingPreview(preview, locale) : null
}
