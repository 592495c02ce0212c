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
export type FulfilmentMode = (typeof FULFILMENT_MODES)[number]
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

export interface OptionInput {
  title: string
  values: string[]
}

export interface VariantInput {
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

export type Completeness = Record<ContentLocale, number>
export type Translated = Record<UiLocale, string>

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
  admin: { id: string; email: string; first_name: string | null; last_name: string | null; role: "owner" | "member"; locale: UiLocale | null }
  exporter: { id: string; handle: string; name: string; verified: boolean; suspended: boolean }
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
  exporter: { name: string }
  expires_at: string
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
