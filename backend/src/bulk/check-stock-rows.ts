import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import type { ListingInput } from "../modules/listing/schema"
import type { PartnerLocale } from "../modules/partner-access/constants"
import { exporterProductIds } from "../utils/exporter-scope"
import { listingSnapshots, type ListingSnapshot } from "../utils/listings"
import { bulkMessage } from "./messages"
import type { RowProblem } from "./problems"
import type { SheetRow } from "./spreadsheet"

/** The stock and prices one listing gets from a file: its whole variant list, as the listing workflow takes it. */
interface StockPlan {
  rows: number[]
  product_id: string
  variants: NonNullable<ListingInput["variants"]>
  updated: number
}

const Quantity = z.number().int().min(0).max(1_000_000)
const Price = z.number().positive().max(1_000_000)

/**
 * Checks a stock-and-prices file (one row a variant, found by variant_id or
 * SKU among the exporter's own products only) and groups the good rows by
 * listing: each listing's change then runs as one listing workflow, all of
 * it or none.
 */
export async function checkStockRows(scope: MedusaContainer, exporterId: string, rows: SheetRow[], locale: PartnerLocale) {
  const snapshots = await listingSnapshots(scope, await exporterProductIds(scope, exporterId))
  const byVariant = new Map<string, { snapshot: ListingSnapshot; variantId: string }>()
  for (const s of snapshots) {
    for (const v of s.variants) {
      byVariant.set(v.id, { snapshot: s, variantId: v.id })
      if (v.sku) byVariant.set(`sku:${v.sku}`, { snapshot: s, variantId: v.id })
    }
  }
  const problems: RowProblem[] = []
  const firstRow = new Map<string, number>()
  const changes = new Map<string, { snapshot: ListingSnapshot; rows: number[]; values: Map<string, { stock?: number; price?: number }> }>()

  for (const { row, cells } of rows) {
    const found: Omit<RowProblem, "row">[] = []
    const key = cells.variant_id || (cells.sku ? `sku:${cells.sku}` : "")
    const hit = key ? byVariant.get(key) : undefined
    if (!key) found.push({ column: "sku", message: bulkMessage(locale, "required") })
    else if (!hit)
      found.push({
        column: cells.variant_id ? "variant_id" : "sku",
        message: bulkMessage(locale, "unknown_variant", { value: cells.variant_id || cells.sku }),
      })
    else if (firstRow.has(hit.variantId))
      found.push({
        column: cells.variant_id ? "variant_id" : "sku",
        message: bulkMessage(locale, "duplicate", { value: cells.variant_id || cells.sku, row: firstRow.get(hit.variantId)! }),
      })
    else firstRow.set(hit.variantId, row)

    const read = (column: "stocked_quantity" | "price_cny", schema: z.ZodNumber) => {
      const text = (cells[column] ?? "").replace(/\s/g, "").replace(",", ".")
      if (!text) return undefined
      const value = Number(text)
      if (!Number.isFinite(value))
        found.push({ column, message: bulkMessage(locale, column === "stocked_quantity" ? "integer" : "number", { value: cells[column] }) })
      else if (column === "stocked_quantity" && !Number.isInteger(value))
        found.push({ column, message: bulkMessage(locale, "integer", { value: cells[column] }) })
      else if (!schema.safeParse(value).success)
        found.push({ column, message: bulkMessage(locale, "range", { min: column === "price_cny" ? "0.01" : 0, max: 1_000_000 }) })
      else return value
      return undefined
    }
    const stock = read("stocked_quantity", Quantity)
    const price = read("price_cny", Price)
    if (stock === undefined && price === undefined && !found.some((p) => p.column === "stocked_quantity" || p.column === "price_cny")) {
      found.push({ column: "stocked_quantity", message: bulkMessage(locale, "nothing_to_change") })
    }
    if (stock !== undefined && hit && !hit.snapshot.trade?.stock_origin)
      found.push({ column: "stocked_quantity", message: bulkMessage(locale, "required") + " (stock_origin)" })

    if (found.length) {
      problems.push(...found.map((p) => ({ row, ...p })))
      continue
    }
    const change = changes.get(hit!.snapshot.id) ?? {
      snapshot: hit!.snapshot,
      rows: [] as number[],
      values: new Map<string, { stock?: number; price?: number }>(),
    }
    change.rows.push(row)
    change.values.set(hit!.variantId, { stock, price })
    changes.set(hit!.snapshot.id, change)
  }

  const plans: StockPlan[] = [...changes.values()].map(({ snapshot, rows, values }) => ({
    rows,
    product_id: snapshot.id,
    updated: values.size,
    // A live listing's variant change waiting for review keeps its shape: the variant list sent is the pending one.
    variants: (snapshot.pending?.variants ?? snapshot.variants).map((v) => {
      const given = v.id ? values.get(v.id) : undefined
      const live = snapshot.variants.find((x) => x.id === v.id)
      return {
        ...(v.id ? { id: v.id } : {}),
        title: v.title,
        sku: v.sku,
        options: v.options,
        price_cny: given?.price ?? v.price_cny ?? live?.price_cny,
        ...(given?.stock !== undefined ? { stocked_quantity: given.stock } : {}),
      }
    }),
  }))
  return { problems, plans }
}
