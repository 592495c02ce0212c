import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { storeGet, TAGS } from "./client"
import { reshapeProductSummary } from "./reshape"
import type { ProductSummary, Region } from "./types"

const SUMMARY_FIELDS = "id,handle,title,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"

/** The region whose prices the shop shows: mainland China, in yuan. */
export async function getShopRegion(locale: string): Promise<Region> {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    locale,
    query: { fields: "id,currency_code" },
    tags: [TAGS.regions],
  })
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  if (!region) throw new Error("The backend has no region: run `npm run seed`.")
  return { id: region.id, currencyCode: region.currency_code.toUpperCase() }
}

export async function getProducts(
  locale: string,
  options: { limit?: number; offset?: number; order?: string } = {}
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
    tags: [TAGS.products],
  })
  return { products: products.map(reshapeProductSummary), count }
}
