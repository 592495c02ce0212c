import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StockRow } from "@bozor/shared"
import { exporterMessage } from "../api/exporter/messages"
import type { PartnerLocale } from "../modules/partner-access/constants"
import type { StockOrigin } from "../modules/trade/constants"
import { listingContext } from "../workflows/listing/steps/load-listing"
import { exporterProductIds } from "./exporter-scope"

type Row = Record<string, any>

/** One of the exporter's variants, as a stock or price update names it. */
export interface OwnVariant {
  id: string
  sku: string | null
  product_id: string
  metadata: Record<string, unknown> | null
  inventory_item_ids: string[]
  prices: { id: string; currency_code: string; amount: number }[]
  stock_origin: StockOrigin | null
}

const query = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.QUERY)

const VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "metadata",
  "product_id",
  "product.title",
  "inventory_items.inventory_item_id",
  "prices.id",
  "prices.amount",
  "prices.currency_code",
]

/** What the stock list reads of every variant to filter and order them; prices are read for the page shown only. */
const STOCK_LIST_FIELDS = VARIANT_FIELDS.filter((field) => !field.startsWith("prices."))

/** The yuan price of each of these variants (null when it has none). */
async function cnyPrices(scope: MedusaContainer, variantIds: string[]): Promise<Map<string, number | null>> {
  if (!variantIds.length) return new Map()
  const { data } = await query(scope).graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as Row[]).map((v) => {
      const cny = (v.prices ?? []).find((p: Row) => p.currency_code === "cny")
      return [v.id as string, cny ? Number(cny.amount) : null]
    }),
  )
}

/** The threshold a variant carries (variant metadata `low_stock_threshold`), or null. */
export const thresholdOf = (metadata: Record<string, unknown> | null | undefined): number | null => {
  const value = metadata?.low_stock_threshold
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null
}

/** The stock locations exporters deliver to (Tashkent export warehouse, Guangzhou centre), by stock origin, with names. */
export async function exporterLocations(scope: MedusaContainer) {
  const ctx = await listingContext(scope)
  const ids = Object.values(ctx.locations).filter(Boolean) as string[]
  const { data } = ids.length
    ? await query(scope).graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: ids } })
    : { data: [] }
  const names = new Map((data as Row[]).map((l) => [l.id, l.name as string]))
  return {
    byOrigin: ctx.locations,
    list: (Object.entries(ctx.locations) as [StockOrigin, string][]).map(([origin, id]) => ({
      id,
      name: names.get(id) ?? id,
      stock_origin: origin,
    })),
  }
}

/** Every variant of the exporter's products with its stock; filtered by text or by the low-stock alert; a page of it. */
export async function exporterStock(
  scope: MedusaContainer,
  exporterId: string,
  options: { q?: string; low?: boolean; limit: number; offset: number },
): Promise<{ rows: StockRow[]; count: number }> {
  const productIds = await exporterProductIds(scope, exporterId)
  if (!productIds.length) return { rows: [], count: 0 }
  const { data: variants } = await query(scope).graph({
    entity: "product_variant",
    fields: STOCK_LIST_FIELDS,
    filters: { product_id: productIds },
    pagination: { order: { sku: "ASC" } } as never,
  })
  const itemIds = (variants as Row[]).flatMap((v) => (v.inventory_items ?? []).map((i: Row) => i.inventory_item_id))
  const [{ data: levels }, locations] = await Promise.all([
    itemIds.length
      ? query(scope).graph({
          entity: "inventory_level",
          fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
          filters: { inventory_item_id: itemIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
    exporterLocations(scope),
  ])
  const names = new Map(locations.list.map((l) => [l.id, l.name]))
  const levelsByItem = new Map<string, Row[]>()
  for (const l of levels as Row[]) levelsByItem.set(l.inventory_item_id, [...(levelsByItem.get(l.inventory_item_id) ?? []), l])
  const needle = options.q?.toLowerCase()
  const all = (variants as Row[]).map((v): StockRow => {
    const rows = (v.inventory_items ?? []).flatMap((i: Row) => levelsByItem.get(i.inventory_item_id) ?? [])
    const perLocation = rows.map((l: Row) => {
      const stocked = Number(l.stocked_quantity)
      const reserved = Number(l.reserved_quantity)
      return {
        location_id: l.location_id,
        location_name: names.get(l.location_id) ?? l.location_id,
        stocked,
        reserved,
        available: Math.max(0, stocked - reserved),
      }
    })
    const available = perLocation.reduce((n: number, l: { available: number }) => n + l.available, 0)
    const threshold = thresholdOf(v.metadata)
    return {
      variant_id: v.id,
      sku: v.sku ?? null,
      variant_title: v.title,
      product_id: v.product_id,
      product_title: v.product?.title ?? "",
      price_cny: null,
      low_stock_threshold: threshold,
      levels: perLocation,
      available,
      low: threshold !== null && available <= threshold,
    }
  })
  const matching = all
    .filter((r) => !needle || [r.sku, r.variant_title, r.product_title].some((t) => t?.toLowerCase().includes(needle)))
    .filter((r) => !options.low || r.low)
    .sort(
      (a, b) =>
        Number(b.low) - Number(a.low) || a.product_title.localeCompare(b.product_title) || a.variant_title.localeCompare(b.variant_title),
    )
  const page = matching.slice(options.offset, options.offset + options.limit)
  const prices = await cnyPrices(
    scope,
    page.map((r) => r.variant_id),
  )
  return { rows: page.map((r) => ({ ...r, price_cny: prices.get(r.variant_id) ?? null })), count: matching.length }
}

/**
 * The exporter's variants that a bulk update names by `variant_id` or `sku`.
 * A variant of another exporter is refused exactly as one that does not
 * exist (404 naming the row), so ids of others cannot be probed.
 */
export async function resolveOwnVariants(
  scope: MedusaContainer,
  exporterId: string,
  refs: { variant_id?: string; sku?: string }[],
  list: string,
  locale: PartnerLocale,
): Promise<OwnVariant[]> {
  const own = new Set(await exporterProductIds(scope, exporterId))
  const ids = refs.flatMap((r) => (r.variant_id ? [r.variant_id] : []))
  const skus = refs.flatMap((r) => (!r.variant_id && r.sku ? [r.sku] : []))
  const fields = [...VARIANT_FIELDS, "product.trade_profile.stock_origin"]
  const [byId, bySku] = await Promise.all([
    ids.length ? query(scope).graph({ entity: "product_variant", fields, filters: { id: ids } }) : Promise.resolve({ data: [] as Row[] }),
    skus.length
      ? query(scope).graph({ entity: "product_variant", fields, filters: { sku: skus } })
      : Promise.resolve({ data: [] as Row[] }),
  ])
  const found = [...(byId.data as Row[]), ...(bySku.data as Row[])].filter((v) => own.has(v.product_id))
  return refs.map((ref, i) => {
    const v = found.find((row) => (ref.variant_id ? row.id === ref.variant_id : row.sku === ref.sku))
    if (!v) {
      const field = `${list}[${i}].${ref.variant_id ? "variant_id" : "sku"}`
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        exporterMessage(locale, "unknown_variant", { field, value: ref.variant_id ?? ref.sku ?? "" }),
      )
    }
    return {
      id: v.id,
      sku: v.sku ?? null,
      product_id: v.product_id,
      metadata: v.metadata ?? null,
      inventory_item_ids: (v.inventory_items ?? []).map((item: Row) => item.inventory_item_id),
      prices: (v.prices ?? []).map((p: Row) => ({ id: p.id, currency_code: p.currency_code, amount: Number(p.amount) })),
      stock_origin: v.product?.trade_profile?.stock_origin ?? null,
    }
  })
}
