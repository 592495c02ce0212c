/**
 * The partner API's shapes as the portal uses them (docs/PARTNERS.md in the repository has the contract).
 * Trade vocabularies come from the backend's trade module, the one source of truth for them.
 */
import type {
  ALLERGENS,
  CERTIFICATES,
  FULFILMENT_MODES,
  ORIGIN_REGIONS,
  STOCK_ORIGINS,
  VAT_RATES,
} from "../../../backend/src/modules/trade/constants"

import type { SalesState } from "@bozor/shared"

export type { SalesOrder, SalesState, StockRow } from "@bozor/shared"
import type { ProductTitles } from "@bozor/shared"

export const CONTENT_LOCALES = ["zh-CN", "en", "ru"] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]

export const UI_LOCALES = ["uz", "ru", "en", "zh-CN"] as const
export type UiLocale = (typeof UI_LOCALES)[number]

export const LISTING_STATUSES = ["draft", "in_review", "changes_requested", "live", "archived"] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

export const LISTING_ORDERS = ["-updated_at", "updated_at", "title", "-title"] as const
export type ListingOrder = (typeof LISTING_ORDERS)[number]

export type OriginRegion = (typeof ORIGIN_REGIONS)[number]
export type StockOrigin = (typeof STOCK_ORIGINS)[number]
type FulfilmentMode = (typeof FULFILMENT_MODES)[number]
export type VatRate = (typeof VAT_RATES)[number]
export type Certificate = (typeof CERTIFICATES)[number]
export type Allergen = (typeof ALLERGENS)[number]

/** One language's text; null clears a field that had text. */
export interface ListingContent {
  title?: string | null
  subtitle?: string | null
  description?: string | null
}

export interface TradeInput {
  origin_region: OriginRegion
  manufacturer: string
  hs_code: string
  vat_rate: VatRate
  shelf_life_days?: number | null
  storage?: string | null
  allergens: Allergen[]
  certificates: Certificate[]
  gacc_registration_number?: string | null
  /** Answered by the backend, which derives it from stock_origin; never sent. */
  fulfilment_modes?: FulfilmentMode[]
  stock_origin: StockOrigin
  indivisible: boolean
  label_zh?: string | null
}

interface OptionInput {
  title: string
  values: string[]
}

interface VariantInput {
  id?: string
  title: string
  sku?: string
  options: Record<string, string>
  price_cny: number
}

export interface ListingInput {
  content?: Partial<Record<ContentLocale, ListingContent>>
  category_id?: string
  options?: OptionInput[]
  variants?: VariantInput[]
  trade?: TradeInput
}

type Completeness = Record<ContentLocale, number>
type Translated = Record<UiLocale, string>

export interface ChecklistItem {
  key: string
  ok: boolean
  message: Translated
}

export interface ListingImage {
  id: string
  url: string
}

export interface Listing extends Omit<ListingInput, "variants"> {
  id: string
  handle: string
  status: ListingStatus
  review: { reason?: string | null; reviewed_at?: string | null } | null
  images: ListingImage[]
  variants: (VariantInput & {
    id: string
    stock?: { location_id: string; location_name: string; stocked: number; reserved: number }[]
  })[]
  checklist: ChecklistItem[]
  completeness: Completeness
  pending: null | { content?: ListingInput["content"]; trade?: Partial<TradeInput>; submitted_at: string }
}

export interface ListingSummary {
  id: string
  handle: string
  status: ListingStatus
  title: Partial<Record<ContentLocale, string>>
  thumbnail: string | null
  updated_at: string
  completeness: Completeness
  price_min_cny: number | null
  stock_total: number | null
  review_reason: string | null
}

export interface Category {
  id: string
  handle: string
  name: Partial<Record<ContentLocale, string>>
  parent_id: string | null
}

export interface Me {
  /** Which partner the person is; the consulate's staff see its name in `exporter.name`. */
  actor: "exporter" | "consulate"
  admin: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    role: "owner" | "member"
    locale: UiLocale | null
  }
  exporter: { id: string; handle: string; name: string; verified: boolean; suspended: boolean }
}

export interface ConsulateMe {
  staff: { id: string; email: string; first_name: string | null; last_name: string | null; locale: UiLocale | null }
  consulate: { name: Record<UiLocale, string> }
}

export interface Colleague {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: "owner" | "member"
}

export interface PendingInvitation {
  id: string
  email: string
  role: "owner" | "member"
  expires_at: string
}

export interface InvitationPreview {
  email: string
  role: "owner" | "member"
  /** The language the inviter chose for the person: the page's language until they pick another. */
  locale: UiLocale
  /** The organisation: an exporter's invitation names it here, the consulate's in `consulate`. */
  exporter?: { name: string }
  consulate?: { name: string }
  expires_at: string
}

/** An invitation of one of the exporter's products into a consulate campaign (GET /exporter/nominations). */
export interface Nomination {
  id: string
  status: "invited" | "accepted" | "declined" | "withdrawn"
  message: string | null
  decline_reason: string | null
  created_at: string
  campaign: { id: string; name?: string; starts_at?: string | null; ends_at?: string | null }
  product: { id: string; title?: string; titles?: ProductTitles; handle?: string; thumbnail?: string | null }
}

export type DiscountType = "percentage" | "fixed" | "buy_get" | "free_shipping"

export interface PromotionTargets {
  category_ids?: string[]
  collection_ids?: string[]
  exporter_ids?: string[]
  product_ids?: string[]
}

export interface Promotion {
  id: string
  code: string
  automatic: boolean
  status: "active" | "inactive" | "draft"
  campaign_id: string | null
  name: { "zh-CN": string; en: string } | null
  discount: { type: DiscountType; value: number | null; targets: PromotionTargets; buy_quantity?: number; get_quantity?: number }
}

export interface Campaign {
  id: string
  name: string
  identifier: string
  description: string | null
  starts_at: string | null
  ends_at: string | null
  state: "scheduled" | "active" | "ended"
  budget: { type: "spend" | "usage"; limit: number | null; used: number; remaining: number | null } | null
  promotions: Promotion[]
  featured_product_ids?: string[]
}

/** A text the shop shows, written by staff in both of its languages. */
export interface ShopText {
  "zh-CN": string
  en: string
}

/** A campaign's page in the shop (GET /consulate/campaign-pages); its window is its campaign's. */
export interface CampaignPage {
  id: string
  slug: string
  title: ShopText
  body: ShopText
  hero_image_url: string | null
  campaign_id: string | null
  featured_product_ids: string[]
  featured_exporter_ids: string[]
  starts_at: string
  ends_at: string
  status: "draft" | "published"
}

/** A published product staff can feature (GET /consulate/products). */
export interface CatalogProduct {
  id: string
  title: string
  titles: ProductTitles
  handle: string
  thumbnail: string | null
  exporter: { id: string; name: string }
}

/** A verified exporter staff can feature on the pavilion (GET /consulate/exporters). */
export interface CatalogExporter {
  id: string
  name: string
  handle: string
  region: string
}

/** The national pavilion's page (GET /consulate/pavilion); null texts until first written. */
export interface PavilionPage {
  story: ShopText | null
  featured_exporter_ids: string[]
  centre_address: ShopText | null
  centre_hours: ShopText | null
  centre_pickup: ShopText | null
}

/** A tasting, exhibition day or livestream (GET /consulate/events). */
export interface PavilionEvent {
  id: string
  title: ShopText
  body: ShopText
  starts_at: string
  ends_at: string
  place: "centre" | "online"
  online_url: string | null
  product_ids: string[]
  status: "draft" | "published"
}

export interface ReportRow {
  orders: number
  revenue_cny: number
  units: number
}

export interface SalesReport {
  scope: { campaign: { id: string; name: string } | null; from: string; to: string }
  budget: Campaign["budget"]
  totals: ReportRow & { buyers: number; redemptions: number; discount_cny: number }
  by_day: (ReportRow & { day: string; redemptions: number; discount_cny: number })[]
  by_exporter: (ReportRow & { exporter_id: string | null; exporter: string | null })[]
  by_region: (ReportRow & { region: string | null })[]
  by_category: (ReportRow & {
    category_id: string | null
    category: string | null
    category_names: Record<ContentLocale, string | null>
  })[]
}

/** A variant's stock (GET /exporter/stock): per location, with its low-stock threshold and alert. */
export interface StockLocation {
  id: string
  name: string
  stock_origin: StockOrigin
}

export interface StockUpdate {
  variant_id: string
  location_id?: string
  stocked_quantity?: number
  low_stock_threshold?: number | null
}

export interface SalesSummary {
  from: string
  to: string
  totals: { revenue: number; units: number; orders: number }
  series: { date: string; revenue: number; units: number; orders: number }[]
  top_products: { product_id: string; title: string; titles: ProductTitles; units: number; revenue: number }[]
  by_fulfilment_mode: { mode: FulfilmentMode | "unknown"; revenue: number; units: number; orders: number }[]
}

export interface Statement {
  month: string
  exporter: { name: string; handle: string }
  commission_rate: number
  gross: number
  discounts: number
  refunds: number
  commission: number
  net_payable: number
  orders: number
  lines: {
    date: string
    order: number
    sku: string | null
    title: string
    titles: ProductTitles
    variant_title: string | null
    quantity: number
    unit_price: number
    gross: number
    discount: number
    refunded: number
    state: SalesState
  }[]
}

export interface ApiKey {
  id: string
  title: string
  prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
  /** Only in the answer that created the key: shown once. */
  token?: string
}

/** A spreadsheet import as GET /exporter/imports/:id answers it; problems name the row and column, in the person's language. */
export interface ImportJob {
  id: string
  kind: "listings" | "stock"
  file_name: string
  dry_run: boolean
  status: "queued" | "checking" | "importing" | "done" | "failed"
  total_rows: number
  processed_rows: number
  created_count: number
  updated_count: number
  failed_count: number
  problems: { row: number; column: string; message: string }[]
  created_at: string
  finished_at: string | null
}
