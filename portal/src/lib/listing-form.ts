/**
 * The listing editor's form state and its mapping to and from the partner API's ListingInput. The form keeps
 * what the person typed as typed (numbers as text, option values as one comma-separated line), so nothing is lost
 * when the backend refuses a save; the mapping trims, parses and leaves out what is blank.
 */
import {
  CONTENT_LOCALES,
  type Allergen,
  type Certificate,
  type ContentLocale,
  type Listing,
  type ListingContent,
  type ListingInput,
  type OriginRegion,
  type StockOrigin,
  type TradeInput,
  type VatRate,
} from "./types"
import { CONTENT_FIELDS } from "./completeness"

export interface ContentForm {
  title: string
  subtitle: string
  description: string
}

export interface OptionForm {
  title: string
  values: string
}

export interface VariantForm {
  id?: string
  sku: string
  options: Record<string, string>
  price: string
}

export interface TradeForm {
  origin_region: OriginRegion | ""
  manufacturer: string
  hs_code: string
  vat_rate: "" | "9" | "13"
  stock_origin: StockOrigin | ""
  shelf_life_days: string
  storage: string
  allergens: Allergen[]
  certificates: Certificate[]
  gacc_registration_number: string
  indivisible: boolean
  label_zh: string
}

export interface ListingForm {
  content: Record<ContentLocale, ContentForm>
  category_id: string
  options: OptionForm[]
  variants: VariantForm[]
  trade: TradeForm
}

const emptyContent = (): ContentForm => ({ title: "", subtitle: "", description: "" })

const emptyTrade = (): TradeForm => ({
  origin_region: "",
  manufacturer: "",
  hs_code: "",
  vat_rate: "",
  stock_origin: "",
  shelf_life_days: "",
  storage: "",
  allergens: [],
  certificates: [],
  gacc_registration_number: "",
  indivisible: false,
  label_zh: "",
})

export function emptyListingForm(): ListingForm {
  return {
    content: { "zh-CN": emptyContent(), en: emptyContent(), ru: emptyContent() },
    category_id: "",
    options: [],
    variants: [{ sku: "", options: {}, price: "" }],
    trade: emptyTrade(),
  }
}

/** Option values as the person lists them: comma-separated (also the Chinese and Uzbek commas), blanks and repeats dropped. */
export function splitValues(line: string): string[] {
  const values = line
    .split(/[,，、]/)
    .map((v) => v.trim())
    .filter(Boolean)
  return [...new Set(values)]
}

/** Options with a name and at least one value; the others are still being typed. */
function completeOptions(options: OptionForm[]) {
  return options
    .map((option) => ({ title: option.title.trim(), values: splitValues(option.values) }))
    .filter((option) => option.title && option.values.length)
}

const comboKey = (options: Record<string, string>) => JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)))

/**
 * One variant per combination of option values (every weight in every packaging…), keeping the SKU, price and id
 * already entered for a combination that still exists. Without options the listing has one variant.
 */
export function syncVariants(options: OptionForm[], variants: VariantForm[]): VariantForm[] {
  const complete = completeOptions(options)
  let combos: Record<string, string>[] = [{}]
  for (const option of complete) {
    combos = combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.title]: value })))
  }
  const existing = new Map(variants.map((variant) => [comboKey(variant.options), variant]))
  return combos.map(
    (options) =>
      existing.get(comboKey(options)) ?? { sku: "", options, price: variants.length === 1 && !complete.length ? variants[0].price : "" },
  )
}

/** A variant's name as shoppers read it: its option values in order, or "Default" for a listing without options. */
export const variantTitle = (variant: VariantForm, options: OptionForm[]) =>
  completeOptions(options)
    .map((option) => variant.options[option.title])
    .filter(Boolean)
    .join(" / ") || "Default"

/** Decimal text as people type it (`68`, `68.5`, `68,50`): a number, or undefined when it is not one. */
export function parseDecimal(text: string): number | undefined {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d+)?$/.test(normalized)) return undefined
  return Number(normalized)
}

function parseWhole(text: string): number | undefined {
  const normalized = text.trim()
  return /^\d+$/.test(normalized) ? Number(normalized) : undefined
}

/** A problem the portal finds before sending: the field (as the backend names it) and a catalog key. */
export interface FormProblem {
  field: string
  key: "invalidPrice" | "invalidWhole"
}

export function checkListingForm(form: ListingForm): FormProblem | undefined {
  for (const [index, variant] of form.variants.entries()) {
    if (variant.price.trim() && parseDecimal(variant.price) === undefined)
      return { field: `variants.${index}.price_cny`, key: "invalidPrice" }
  }
  if (form.trade.shelf_life_days.trim() && parseWhole(form.trade.shelf_life_days) === undefined) {
    return { field: "trade.shelf_life_days", key: "invalidWhole" }
  }
  return undefined
}

const trimmedOrNull = (text: string) => text.trim() || null

function contentInput(form: ContentForm, saved: ListingContent | undefined): ListingContent | undefined {
  const out: Record<string, string | null> = {}
  for (const field of ["title", "subtitle", "description"] as const) {
    const value = form[field].trim()
    // A field emptied by the person is cleared (null); one never written is left out.
    if (value) out[field] = value
    else if (saved?.[field]) out[field] = null
  }
  return Object.keys(out).length ? (out as ListingContent) : undefined
}

function tradeTouched(trade: TradeForm) {
  const empty = emptyTrade()
  return (Object.keys(empty) as (keyof TradeForm)[]).some((key) => JSON.stringify(trade[key]) !== JSON.stringify(empty[key]))
}

function tradeInput(trade: TradeForm): TradeInput {
  const shelfLife = parseWhole(trade.shelf_life_days)
  // Required fields still blank are left out: the backend's refusal names the first one, shown beside its field.
  const input: Partial<TradeInput> = {
    ...(trade.origin_region ? { origin_region: trade.origin_region } : {}),
    ...(trade.manufacturer.trim() ? { manufacturer: trade.manufacturer.trim() } : {}),
    ...(trade.hs_code.trim() ? { hs_code: trade.hs_code.replace(/[\s.]/g, "") } : {}),
    ...(trade.vat_rate ? { vat_rate: Number(trade.vat_rate) as VatRate } : {}),
    ...(trade.stock_origin ? { stock_origin: trade.stock_origin } : {}),
    shelf_life_days: shelfLife ?? null,
    storage: trimmedOrNull(trade.storage),
    allergens: trade.allergens,
    certificates: trade.certificates,
    gacc_registration_number: trimmedOrNull(trade.gacc_registration_number.toUpperCase()),
    indivisible: trade.indivisible,
    label_zh: trimmedOrNull(trade.label_zh),
  }
  return input as TradeInput
}

/** The request body for creating (no `saved`) or updating a listing from the form. */
export function toListingInput(form: ListingForm, saved?: Listing): ListingInput {
  const input: ListingInput = {}
  const content: NonNullable<ListingInput["content"]> = {}
  for (const locale of CONTENT_LOCALES) {
    const localized = contentInput(form.content[locale], saved?.content?.[locale])
    if (localized) content[locale] = localized
  }
  if (Object.keys(content).length) input.content = content
  if (form.category_id) input.category_id = form.category_id

  const options = completeOptions(form.options)
  input.options = options
  input.variants = syncVariants(form.options, form.variants).map((variant) => {
    const price = parseDecimal(variant.price)
    return {
      ...(variant.id ? { id: variant.id } : {}),
      title: variantTitle(variant, form.options),
      ...(variant.sku.trim() ? { sku: variant.sku.trim() } : {}),
      options: variant.options,
      ...(price !== undefined ? { price_cny: price } : {}),
    } as NonNullable<ListingInput["variants"]>[number]
  })
  if (tradeTouched(form.trade) || saved?.trade) input.trade = tradeInput(form.trade)
  return input
}

/**
 * Every field path the editor shows for this form, as the backend names fields in its refusals: a refusal naming
 * one of them is shown beside it, any other above the form.
 */
export function editorFieldPaths(form: ListingForm): string[] {
  return [
    ...CONTENT_LOCALES.flatMap((locale) => CONTENT_FIELDS.map((field) => `content.${locale}.${field}`)),
    "category_id",
    ...form.options.flatMap((_, i) => [`options.${i}.title`, `options.${i}.values`]),
    ...form.variants.flatMap((_, i) => [`variants.${i}.sku`, `variants.${i}.price_cny`]),
    ...Object.keys(emptyTrade()).map((key) => `trade.${key}`),
  ]
}

/** The form for a saved listing: what the backend holds, including content changes still waiting for review. */
export function listingToForm(listing: Listing): ListingForm {
  const form = emptyListingForm()
  const content = { ...listing.content, ...listing.pending?.content }
  for (const locale of CONTENT_LOCALES) {
    const saved = content[locale]
    form.content[locale] = { title: saved?.title ?? "", subtitle: saved?.subtitle ?? "", description: saved?.description ?? "" }
  }
  form.category_id = listing.category_id ?? ""
  form.options = (listing.options ?? []).map((option) => ({ title: option.title, values: option.values.join(", ") }))
  form.variants = listing.variants.length
    ? listing.variants.map((variant) => ({
        id: variant.id,
        sku: variant.sku ?? "",
        options: variant.options ?? {},
        price: variant.price_cny === undefined || variant.price_cny === null ? "" : String(variant.price_cny),
      }))
    : form.variants
  const trade = listing.trade ? { ...listing.trade, ...listing.pending?.trade } : undefined
  if (trade) {
    form.trade = {
      origin_region: trade.origin_region ?? "",
      manufacturer: trade.manufacturer ?? "",
      hs_code: trade.hs_code ?? "",
      vat_rate: trade.vat_rate ? (String(trade.vat_rate) as "9" | "13") : "",
      stock_origin: trade.stock_origin ?? "",
      shelf_life_days: trade.shelf_life_days ? String(trade.shelf_life_days) : "",
      storage: trade.storage ?? "",
      allergens: trade.allergens ?? [],
      certificates: trade.certificates ?? [],
      gacc_registration_number: trade.gacc_registration_number ?? "",
      indivisible: Boolean(trade.indivisible),
      label_zh: trade.label_zh ?? "",
    }
  }
  return form
}
