import type { MedusaContainer } from "@medusajs/framework/types"
import { CONTENT_FIELDS, CONTENT_LOCALES } from "../modules/listing/constants"
import { exporterProductIds } from "../utils/exporter-scope"
import { categoryFamilies, effectiveListing, listingSnapshots, type ListingSnapshot } from "../utils/listings"
import { LISTING_COLUMNS, STOCK_COLUMNS } from "./columns"

type Cell = string | number | null

/** Snapshots are read this many listings at a time, so an exporter with 10,000 listings does not load them in one query. */
const PAGE = 200

async function* ownSnapshots(scope: MedusaContainer, exporterId: string): AsyncGenerator<ListingSnapshot> {
  const ids = await exporterProductIds(scope, exporterId)
  for (let i = 0; i < ids.length; i += PAGE) yield* await listingSnapshots(scope, ids.slice(i, i + PAGE))
}

/**
 * The exporter's listings, one row each, as the portal shows them: a change
 * waiting for review laid over the live listing, so importing the file back
 * unchanged changes nothing. Price and stock columns are filled for listings
 * of one variant (the stock file has every variant).
 */
export async function listingExportRows(scope: MedusaContainer, exporterId: string): Promise<Cell[][]> {
  const categories = await categoryFamilies(scope)
  const rows: Cell[][] = []
  for await (const snapshot of ownSnapshots(scope, exporterId)) {
    const s = effectiveListing(snapshot)
    const single = s.variants.length === 1 ? s.variants[0] : null
    const t = s.trade
    const values: Record<string, Cell> = {
      id: s.id,
      handle: s.handle,
      status: s.state,
      category: s.category_id ? (categories.get(s.category_id)?.handle ?? null) : null,
      sku: single?.sku ?? null,
      price_cny: single?.price_cny ?? null,
      stocked_quantity: single ? single.stock.reduce((n, l) => n + l.stocked, 0) : null,
      origin_region: t?.origin_region ?? null,
      manufacturer: t?.manufacturer ?? null,
      hs_code: t?.hs_code ?? null,
      vat_rate: t?.vat_rate ?? null,
      stock_origin: t?.stock_origin ?? null,
      shelf_life_days: t?.shelf_life_days ?? null,
      storage: t?.storage ?? null,
      allergens: t?.allergens?.join(", ") ?? null,
      certificates: t?.certificates?.join(", ") ?? null,
      gacc_registration_number: t?.gacc_registration_number ?? null,
      indivisible: t ? (t.indivisible ? "yes" : "no") : null,
      label_zh: t?.label_zh ?? null,
    }
    for (const locale of CONTENT_LOCALES) for (const field of CONTENT_FIELDS) values[`${field}_${locale}`] = s.content[locale][field]
    rows.push(LISTING_COLUMNS.map((c) => values[c] ?? null))
  }
  return rows
}

/** Every live variant of the exporter's listings with its stock at the listing's location and its CNY price. */
export async function stockExportRows(scope: MedusaContainer, exporterId: string): Promise<Cell[][]> {
  const rows: Cell[][] = []
  for await (const s of ownSnapshots(scope, exporterId)) {
    const title = s.content["zh-CN"].title ?? s.content.en.title ?? s.content.ru.title ?? s.handle
    for (const v of s.variants) {
      const values: Record<string, Cell> = {
        variant_id: v.id,
        sku: v.sku,
        handle: s.handle,
        title,
        variant: v.title,
        location: v.stock.map((l) => l.location_name).join(", ") || null,
        stocked_quantity: v.stock.reduce((n, l) => n + l.stocked, 0),
        price_cny: v.price_cny,
      }
      rows.push(STOCK_COLUMNS.map((c) => values[c] ?? null))
    }
  }
  return rows
}
