import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { StockRow } from "@bozor/shared"
import { exporterMessage } from "../api/exporter/messages"
import type { PartnerLocale } from "../modules/partner-access/constants"
import type { StockOrigin } from "../modules/trade/constants"
import { listingContext } from "../workflows/listing/steps/load-listing"
import { exporterProductIds } from "./exporter-scope"
import { productTitles } from "./product-titles"

/** The table of the exporter–product link (links/exporter-product.ts), as Medusa names it. */
const EXPORTER_PRODUCT_TABLE = "exporter_exporter_product_product"

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

/**
 * The page of the exporter's variants that a stock list shows, in its order, and how many match. Medusa's Query cannot
 * express this (a filter and an order over a sum of inventory levels, which live in another module, and over variant
 * metadata), so the database does it in one read-only statement, scoped by the exporter–product link and nothing else.
 * The rules are those of the rows (see exporterStock): available is the sum over levels of stocked less reserved, never
 * below zero; a variant is low when `metadata.low_stock_threshold` is a whole number ≥ 0 (thresholdOf) and available
 * is at most that; text matches the SKU, the variant title, or the product's title in its base or any language the
 * exporter wrote it in (the Translation Module's rows), case-insensitively, as a substring (JavaScript's
 * toLowerCase is Unicode's full case mapping: so is `pg_unicode_fast`); low ones first, then by product and variant
 * title in the root Unicode collation (JavaScript's localeCompare: ICU's `und`), then by SKU and id.
 */
async function stockPage(
  scope: MedusaContainer,
  exporterId: string,
  options: { q?: string; low?: boolean; limit: number; offset: number },
): Promise<{ ids: string[]; count: number }> {
  const knex: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const needle = options.q?.toLowerCase()
  const text = needle
    ? `and (strpos(lower(v.sku collate pg_unicode_fast), :needle) > 0
         or strpos(lower(v.title collate pg_unicode_fast), :needle) > 0
         or strpos(lower(coalesce(p.title, '') collate pg_unicode_fast), :needle) > 0
         or exists (
           select 1 from translation t
           where t.reference = 'product' and t.reference_id = v.product_id and t.deleted_at is null
             and strpos(lower(coalesce(t.translations ->> 'title', '') collate pg_unicode_fast), :needle) > 0))`
    : ""
  const matching = `
    with stock as (
      select v.id, v.sku, v.title as variant_title, coalesce(p.title, '') as product_title, coalesce(lv.available, 0) as available,
             -- A nested case: the cast is reached only for a JSON number (AND does not promise an order of evaluation).
             case when jsonb_typeof(v.metadata -> 'low_stock_threshold') = 'number' then (v.metadata ->> 'low_stock_threshold')::numeric end as threshold
      from ${EXPORTER_PRODUCT_TABLE} ep
      join product_variant v on v.product_id = ep.product_id and v.deleted_at is null
      left join product p on p.id = v.product_id and p.deleted_at is null
      left join lateral (
        select sum(greatest(0, l.stocked_quantity - l.reserved_quantity)) as available
        from product_variant_inventory_item vi
        join inventory_level l on l.inventory_item_id = vi.inventory_item_id and l.deleted_at is null
        where vi.variant_id = v.id and vi.deleted_at is null
      ) lv on true
      where ep.exporter_id = :exporter and ep.deleted_at is null ${text}
    ),
    flagged as (
      select s.*, coalesce(s.threshold >= 0 and s.threshold = trunc(s.threshold) and s.available <= s.threshold, false) as low from stock s
    )
    select id, count(*) over () as total from flagged ${options.low ? "where low" : ""}`
  const order = `order by low desc, product_title collate "und-x-icu", variant_title collate "und-x-icu", sku nulls last, id`
  const params = { exporter: exporterId, needle: needle ?? null, limit: options.limit, offset: options.offset }
  const { rows } = await knex.raw(`${matching} ${order} limit :limit offset :offset`, params)
  if (rows.length || !options.offset) return { ids: rows.map((r: Row) => r.id as string), count: Number(rows[0]?.total ?? 0) }
  // Past the last page: no row carries the count, so it is counted alone.
  const { rows: all } = await knex.raw(`select count(*) as total from (${matching}) m`, params)
  return { ids: [], count: Number(all[0].total) }
}

/** A page of the exporter's variants with their stock per location and yuan price; filtered by text or by the low-stock alert. */
export async function exporterStock(
  scope: MedusaContainer,
  exporterId: string,
  options: { q?: string; low?: boolean; limit: number; offset: number },
): Promise<{ rows: StockRow[]; count: number }> {
  const { ids, count } = await stockPage(scope, exporterId, options)
  if (!ids.length) return { rows: [], count }
  const { data: variants } = await query(scope).graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters: { id: ids } })
  const itemIds = (variants as Row[]).flatMap((v) => (v.inventory_items ?? []).map((i: Row) => i.inventory_item_id))
  const productIds = [...new Set((variants as Row[]).map((v) => v.product_id as string))]
  const [{ data: levels }, locations, titles] = await Promise.all([
    itemIds.length
      ? query(scope).graph({
          entity: "inventory_level",
          fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
          filters: { inventory_item_id: itemIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
    exporterLocations(scope),
    productTitles(scope, productIds),
  ])
  const names = new Map(locations.list.map((l) => [l.id, l.name]))
  const levelsByItem = new Map<string, Row[]>()
  for (const l of levels as Row[]) levelsByItem.set(l.inventory_item_id, [...(levelsByItem.get(l.inventory_item_id) ?? []), l])
  const byId = new Map((variants as Row[]).map((v) => [v.id as string, v]))
  const rows = ids.flatMap((id): StockRow[] => {
    const v = byId.get(id)
    if (!v) return []
    const perLocation = (v.inventory_items ?? [])
      .flatMap((i: Row) => levelsByItem.get(i.inventory_item_id) ?? [])
      .map((l: Row) => {
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
    const cny = (v.prices ?? []).find((p: Row) => p.currency_code === "cny")
    return [
      {
        variant_id: v.id,
        sku: v.sku ?? null,
        variant_title: v.title,
        product_id: v.product_id,
        product_title: v.product?.title ?? "",
        product_titles: titles.get(v.product_id) ?? { "zh-CN": null, en: v.product?.title ?? null, ru: null },
        price_cny: cny ? Number(cny.amount) : null,
        low_stock_threshold: threshold,
        levels: perLocation,
        available,
        low: threshold !== null && available <= threshold,
      },
    ]
  })
  return { rows, count }
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
