import { regionName } from "@bozor/shared"
import { CERTIFICATE_NAMES, type Certificate } from "../modules/trade/constants"

/** One changed field of a listing in review, as an operator reads it: a label and the values written out. */
export interface ReviewDiffRow {
  /** The field's path (`content.zh-CN.title`, `trade.hs_code`...), as the audit log names it. */
  field: string
  label: string
  /** `images`: before and after are lists of image addresses, shown as pictures; `text`: words and numbers. */
  kind: "text" | "images"
  before: string | string[] | null
  after: string | string[] | null
}

const LANGUAGES: Record<string, string> = { "zh-CN": "Chinese", en: "English", ru: "Russian" }
const CONTENT_LABELS: Record<string, string> = { title: "Title", subtitle: "Subtitle", description: "Description" }
const ALLERGEN_NAMES: Record<string, string> = { tree_nuts: "Tree nuts", milk: "Milk", sulphites: "Sulphites", pollen: "Pollen" }
const STOCK_ORIGIN_NAMES: Record<string, string> = {
  cross_border: "Tashkent export warehouse (cross-border)",
  domestic: "Guangzhou centre (cleared in China)",
}

const listOf = (value: unknown, name: (code: string) => string) =>
  Array.isArray(value) ? (value.length ? value.map((v) => name(String(v))).join(", ") : null) : null

/** The trade profile's fields: their label and how a value is written out. */
const TRADE: Record<string, { label: string; show?: (value: unknown) => string | null }> = {
  origin_region: { label: "Origin region", show: (v) => regionName(String(v), "en") },
  manufacturer: { label: "Manufacturer" },
  hs_code: { label: "HS code" },
  vat_rate: { label: "VAT rate", show: (v) => `${v} %` },
  stock_origin: { label: "Stock origin", show: (v) => STOCK_ORIGIN_NAMES[String(v)] ?? String(v) },
  shelf_life_days: { label: "Shelf life", show: (v) => `${v} days` },
  storage: { label: "Storage" },
  allergens: { label: "Allergens", show: (v) => listOf(v, (code) => ALLERGEN_NAMES[code] ?? code) },
  certificates: {
    label: "Certificates",
    show: (v) => listOf(v, (code) => CERTIFICATE_NAMES[code as Certificate]?.en ?? code),
  },
  gacc_registration_number: { label: "GACC registration number" },
  indivisible: { label: "Sold only whole (indivisible)", show: (v) => (v ? "Yes" : "No") },
  label_zh: { label: "Chinese label" },
}

const VARIANT_PARTS: Record<string, string> = { title: "title", sku: "SKU", price_cny: "price" }

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null
  if (Array.isArray(value)) return value.length ? value.map(String).join("\n") : null
  return typeof value === "string" ? value : String(value)
}

/**
 * The review queue's diff written out for operators: `content.zh-CN.title` reads "Title (Chinese)", a category id its
 * name, certificate and region codes their names, a price in yuan, images as pictures. `categoryNames` maps the
 * category ids the diff names to their names.
 */
export function reviewDiffRows(
  diff: Record<string, { before: unknown; after: unknown }>,
  categoryNames: Map<string, string>,
): ReviewDiffRow[] {
  return Object.entries(diff).map(([field, { before, after }]) => {
    const row = (label: string, show: (value: unknown) => string | null = text): ReviewDiffRow => ({
      field,
      label,
      kind: "text",
      before: before === null || before === undefined ? null : show(before),
      after: after === null || after === undefined ? null : show(after),
    })
    const [head, ...rest] = field.split(".")
    if (head === "content") {
      const [locale, part] = [rest.slice(0, -1).join("."), rest[rest.length - 1]]
      return row(`${CONTENT_LABELS[part] ?? part} (${LANGUAGES[locale] ?? locale})`)
    }
    if (head === "category_id") return row("Category", (id) => categoryNames.get(String(id)) ?? String(id))
    if (head === "options") return row("Options")
    if (head === "images")
      return {
        field,
        label: "Images",
        kind: "images",
        before: Array.isArray(before) ? before.map(String) : null,
        after: Array.isArray(after) ? after.map(String) : null,
      }
    if (head === "trade") {
      const spec = TRADE[rest.join(".")]
      return spec ? row(spec.label, (v) => (spec.show ?? text)(v)) : row(rest.join("."))
    }
    if (head === "variants") {
      // `variants.<sku or title>` (added or removed) or `variants.<sku or title>.<title|sku|price_cny>`.
      const part = rest[rest.length - 1]
      if (rest.length > 1 && part in VARIANT_PARTS) {
        const variant = rest.slice(0, -1).join(".")
        return row(`Variant ${variant}: ${VARIANT_PARTS[part]}`, part === "price_cny" ? (v) => `¥${v}` : text)
      }
      return row(`Variant ${rest.join(".")}`)
    }
    return row(field)
  })
}
