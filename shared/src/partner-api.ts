import type { FulfilmentMode } from "./fulfilment"

/**
 * Shapes of the exporter API that the backend builds and the partner portal reads, declared once (docs/PARTNERS.md
 * has the routes that return them).
 */

/** Where an exporter's lines of an order are: paid, packed, shipped (with the waybill), delivered, refunded (or pending, canceled). */
export const SALES_STATES = ["pending", "paid", "packed", "shipped", "delivered", "refunded", "canceled"] as const
export type SalesState = (typeof SALES_STATES)[number]

/** A product's title in each content language the exporter wrote it in (null where none), for the portal to show in its own. */
export type ProductTitles = Record<"zh-CN" | "en" | "ru", string | null>

export interface SalesLine {
  id: string
  product_id: string
  variant_id: string | null
  /** The product's title as the order line keeps it (the language the buyer ordered in). */
  title: string
  titles: ProductTitles
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  gross: number
  discount: number
  net: number
  fulfilment_mode: FulfilmentMode | null
}

/**
 * An order as one exporter may see it: its own lines and nothing else of the order — no buyer name, e-mail, phone or
 * street; the destination's city and province only; no other exporter's lines, and totals of its own lines.
 */
export interface SalesOrder {
  id: string
  display_id: number
  created_at: string
  state: SalesState
  waybills: string[]
  currency_code: string
  destination: { city: string | null; province: string | null; country_code: string | null }
  lines: SalesLine[]
  totals: { gross: number; discount: number; net: number; refunded: number; units: number }
}

/** A variant's stock as the portal and ERP tools see it: per location, with the low-stock threshold and alert. */
export interface StockRow {
  variant_id: string
  sku: string | null
  variant_title: string
  product_id: string
  /** The product's base title (English for most listings). */
  product_title: string
  product_titles: ProductTitles
  price_cny: number | null
  low_stock_threshold: number | null
  levels: { location_id: string; location_name: string; stocked: number; reserved: number; available: number }[]
  available: number
  low: boolean
}
