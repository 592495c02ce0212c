import { CONTENT_FIELDS, CONTENT_LOCALES } from "../modules/listing/constants"
import { ALLERGENS, CERTIFICATES, ORIGIN_REGIONS, STOCK_ORIGINS, VAT_RATES } from "../modules/trade/constants"

/**
 * The columns of the two spreadsheets an exporter exports and imports. Headers
 * are the API's own field names, so one file reads the same in every language;
 * the listing's text has a column per field and language (title_zh-CN, title_en,
 * title_ru...). Read-only columns are exported for orientation and ignored on import.
 */

const CONTENT_COLUMNS = CONTENT_LOCALES.flatMap((locale) => CONTENT_FIELDS.map((field) => `${field}_${locale}`))

export const TRADE_COLUMNS = [
  "origin_region",
  "manufacturer",
  "hs_code",
  "vat_rate",
  "stock_origin",
  "shelf_life_days",
  "storage",
  "allergens",
  "certificates",
  "gacc_registration_number",
  "indivisible",
  "label_zh",
] as const

/** One row a listing; sku, price_cny and stocked_quantity are its variant's when it has exactly one. */
export const LISTING_COLUMNS = [
  "id",
  "handle",
  "status",
  "category",
  ...CONTENT_COLUMNS,
  "sku",
  "price_cny",
  "stocked_quantity",
  ...TRADE_COLUMNS,
]
export const LISTING_READ_ONLY = ["handle", "status"]

/** One row a variant: its stock at the listing's location and its price. */
export const STOCK_COLUMNS = ["variant_id", "sku", "handle", "title", "variant", "location", "stocked_quantity", "price_cny"]

/** Allowed values of the columns that name one (or, for lists, several) of a fixed set. */
export const COLUMN_VALUES: Record<string, readonly (string | number)[]> = {
  origin_region: ORIGIN_REGIONS,
  stock_origin: STOCK_ORIGINS,
  vat_rate: VAT_RATES,
  allergens: ALLERGENS,
  certificates: CERTIFICATES,
  indivisible: ["yes", "no"],
}

export const FORMAT_HINTS: Record<string, string> = {
  hs_code: "10 digits, e.g. 0813100000",
  gacc_registration_number: "4 capital letters and 6-16 digits, e.g. CUZB0621040300117",
}

/** Most rows one file may have: an import runs in the server, and a bigger catalogue is split into files. */
export const MAX_IMPORT_ROWS = 5000

/** The column a field of ListingInput comes from (content.zh-CN.title → title_zh-CN, trade.hs_code → hs_code). */
export function columnOf(path: readonly PropertyKey[]): string {
  const [head, a, b] = path.map(String)
  if (head === "content") return b ? `${b}_${a}` : `title_${a ?? "zh-CN"}`
  if (head === "trade") return a ?? "origin_region"
  if (head === "variants") return b === "stocked_quantity" || b === "price_cny" || b === "sku" ? b : "sku"
  if (head === "category_id") return "category"
  return head ?? "id"
}
