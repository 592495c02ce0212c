import { MedusaError } from "@medusajs/framework/utils"
import { CONTENT_FIELDS, CONTENT_LOCALES, DEFAULT_OPTION, type ContentField, type ContentLocale } from "../../../modules/listing/constants"
import type { ListingInput } from "../../../modules/listing/schema"
import { FULFILMENT_MODES_BY_ORIGIN, type StockOrigin } from "../../../modules/trade/constants"
import { effectiveListing, type Content, type ListingSnapshot, type PendingChange } from "../../../utils/listings"

/**
 * From a listing as it is (a snapshot) and a change an exporter or a reviewer
 * makes, the writes that carry it out through Medusa's workflows: the product
 * (base text, category, variants with prices, images, shipping profile,
 * status), option values, translations, the trade profile and stock levels.
 * Pure, so that the workflows stay declarative and the rules are unit-tested.
 */

/** What a write may change: ListingInput, plus the images the image routes set. */
export type ListingChange = ListingInput & { images?: { id?: string; url: string }[] }

export interface ListingContext {
  /** Stock location per stock origin (Tashkent export warehouse, Guangzhou centre). */
  locations: Partial<Record<StockOrigin, string>>
  /** Shipping profile per stock origin. */
  profiles: Partial<Record<StockOrigin, string>>
  sales_channel_id: string | null
  category_ids: string[]
}

export interface ListingPlan {
  product_id: string | null
  product: Record<string, unknown> | null
  /** Price-only changes of existing variants (prices of every currency, the CNY one changed). */
  variant_prices: { id: string; prices: { id?: string; currency_code: string; amount: number }[] }[]
  /** Option values to add before the variants change, and to settle on after. */
  options_before: { id: string; values: string[] }[]
  options_after: { id: string; values: string[] }[]
  /** Options of new names: created (the listing's own), then the product's options are the kept ones and these. */
  options_create: { title: string; values: string[]; is_exclusive: true }[]
  options_keep: string[]
  translations: {
    create: { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }[]
    update: { id: string; translations: Record<string, string> }[]
  }
  trade: (NonNullable<ListingInput["trade"]> & { fulfilment_modes: string[] }) | null
  /** Units per variant at the location (a variant named by id, or by its options when it is new). */
  stock: { location_id: string; quantities: { variant_id?: string; options_key?: string; quantity: number }[] } | null
}

export const optionsKey = (options: Record<string, string>) =>
  JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)))

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A change as the API takes it (a listing without options: `options: []`, variants with `options: {}`), with
 * Medusa's placeholder option filled in where the listing has no option of its own, so that its one variant names a
 * value of an option the product has. A listing keeps the placeholder until options are given.
 */
export function withPlaceholderOption(s: ListingSnapshot | null, change: ListingChange): ListingChange {
  const onlyPlaceholder = (options: { title: string }[]) => options.every((o) => o.title === DEFAULT_OPTION.title)
  const options = change.options ?? (s?.options ?? []).map((o) => ({ title: o.title }))
  if (!onlyPlaceholder(options)) return change
  const hasPlaceholder = (s?.options ?? []).some((o) => o.title === DEFAULT_OPTION.title)
  return {
    ...change,
    ...(change.options || (change.variants && !hasPlaceholder) ? { options: [DEFAULT_OPTION] } : {}),
    ...(change.variants
      ? { variants: change.variants.map((v) => ({ ...v, options: { [DEFAULT_OPTION.title]: DEFAULT_OPTION.values[0] } })) }
      : {}),
  }
}

/** Content with the change's fields laid over it (undefined keeps, null or "" clears). */
export function mergeContent(content: Content, change: ListingInput["content"]): Content {
  const merged = structuredClone(content)
  for (const locale of CONTENT_LOCALES) {
    for (const field of CONTENT_FIELDS) {
      const value = change?.[locale]?.[field]
      if (value !== undefined) merged[locale][field] = value?.trim() ? value.trim() : null
    }
  }
  return merged
}

/** The base text (what a language without a translation shows, and the search's English): en, else zh-CN, else ru. */
export function baseText(content: Content, field: ContentField): string | null {
  return content.en[field] || content["zh-CN"][field] || content.ru[field] || null
}

const emptyContent = (): Content =>
  Object.fromEntries(CONTENT_LOCALES.map((l) => [l, Object.fromEntries(CONTENT_FIELDS.map((f) => [f, null]))])) as Content

export const emptySnapshot = (): ListingSnapshot => ({
  id: "",
  handle: "",
  product_status: "draft",
  published: false,
  state: "draft",
  base: { title: null, subtitle: null, description: null },
  content: emptyContent(),
  translation_ids: {},
  category_id: null,
  family: null,
  options: [],
  variants: [],
  trade: null,
  images: [],
  thumbnail: null,
  pending: null,
  review: null,
  updated_at: new Date(0).toISOString(),
})

export function cnyPrices(existing: { id: string; currency_code: string; amount: number }[], priceCny: number | null | undefined) {
  const others = existing
    .filter((p) => p.currency_code !== "cny")
    .map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.amount }))
  const cny = existing.find((p) => p.currency_code === "cny")
  if (priceCny == null) return cny ? [...others, { id: cny.id, currency_code: "cny", amount: cny.amount }] : others
  return [...others, { ...(cny ? { id: cny.id } : {}), currency_code: "cny", amount: priceCny }]
}

/**
 * The writes that make `snapshot` (null: a listing being created) look as
 * `change` says. `status` moves the product along the review (draft, proposed,
 * published, rejected) in the same product update.
 */
export function planListingChange(
  snapshot: ListingSnapshot | null,
  change: ListingChange,
  ctx: ListingContext,
  status?: string,
): ListingPlan {
  const s = snapshot ?? emptySnapshot()
  const plan: ListingPlan = {
    product_id: snapshot?.id ?? null,
    product: null,
    variant_prices: [],
    options_before: [],
    options_after: [],
    options_create: [],
    options_keep: [],
    translations: { create: [], update: [] },
    trade: null,
    stock: null,
  }
  const product: Record<string, unknown> = {}

  if (change.content) {
    const content = mergeContent(s.content, change.content)
    for (const field of CONTENT_FIELDS) {
      const base = baseText(content, field)
      if (base !== s.base[field] && !(field === "title" && !base)) product[field] = base
    }
    for (const locale of CONTENT_LOCALES) {
      if (!change.content[locale] && s.translation_ids[locale]) continue
      const translations = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, content[locale][f] ?? ""]))
      const id = s.translation_ids[locale]
      if (id) plan.translations.update.push({ id, translations })
      else plan.translations.create.push({ reference: "product", reference_id: s.id, locale_code: locale, translations })
    }
  }

  if (change.category_id !== undefined && change.category_id !== s.category_id) {
    if (change.category_id && !ctx.category_ids.includes(change.category_id))
      throw invalid(`category_id: there is no category ${change.category_id}`)
    product.category_ids = change.category_id ? [change.category_id] : []
  }

  const stockOrigin = change.trade?.stock_origin ?? s.trade?.stock_origin ?? null
  if (change.trade) {
    plan.trade = { ...change.trade, fulfilment_modes: FULFILMENT_MODES_BY_ORIGIN[change.trade.stock_origin] }
    if (change.trade.stock_origin !== s.trade?.stock_origin && ctx.profiles[change.trade.stock_origin]) {
      product.shipping_profile_id = ctx.profiles[change.trade.stock_origin]
    }
    if (change.trade.hs_code !== s.trade?.hs_code) product.hs_code = change.trade.hs_code
  }

  if (change.variants) {
    const options = change.options ?? s.options.map((o) => ({ title: o.title, values: o.values.map((v) => v.value) }))
    if (snapshot && change.options) {
      // Options of the same name keep their id (their values may change); options of new names replace the others.
      const kept = s.options.filter((o) => change.options!.some((c) => c.title === o.title))
      for (const option of kept) {
        const wanted = change.options.find((o) => o.title === option.title)!.values
        const current = option.values.map((v) => v.value)
        if (wanted.join("\n") === current.join("\n")) continue
        plan.options_before.push({ id: option.id, values: [...new Set([...current, ...wanted])] })
        plan.options_after.push({ id: option.id, values: wanted })
      }
      const created = change.options.filter((c) => !s.options.some((o) => o.title === c.title))
      if (created.length || kept.length < s.options.length) {
        plan.options_create = created.map((o) => ({ title: o.title, values: o.values, is_exclusive: true as const }))
        plan.options_keep = kept.map((o) => o.id)
      }
    }
    change.variants.forEach((v, i) => {
      for (const [title, value] of Object.entries(v.options)) {
        const option = options.find((o) => o.title === title)
        if (!option) throw invalid(`variants[${i}].options names "${title}", which is not an option of this listing`)
        if (!option.values.includes(value)) throw invalid(`variants[${i}].options: "${value}" is not a value of option "${title}"`)
      }
      for (const option of options)
        if (!(option.title in v.options)) throw invalid(`variants[${i}].options needs a value for "${option.title}"`)
      if (v.id && !s.variants.some((x) => x.id === v.id))
        throw invalid(`variants[${i}].id: variant ${v.id} does not belong to this listing`)
    })
    const structureChanged =
      !snapshot ||
      change.variants.length !== s.variants.length ||
      change.variants.some((v) => {
        const live = v.id ? s.variants.find((x) => x.id === v.id) : undefined
        return (
          !live || live.title !== v.title || (live.sku ?? null) !== (v.sku ?? null) || optionsKey(live.options) !== optionsKey(v.options)
        )
      }) ||
      plan.options_before.length > 0 ||
      plan.options_create.length > 0 ||
      plan.options_keep.length > 0
    if (structureChanged) {
      product.variants = change.variants.map((v) => {
        const live = v.id ? s.variants.find((x) => x.id === v.id) : undefined
        return {
          ...(v.id ? { id: v.id } : {}),
          title: v.title,
          sku: v.sku || null,
          options: v.options,
          manage_inventory: true,
          origin_country: "uz",
          prices: cnyPrices(live?.prices ?? [], v.price_cny),
        }
      })
      if (!snapshot) product.options = options.length ? options : [DEFAULT_OPTION]
    } else {
      for (const v of change.variants) {
        const live = s.variants.find((x) => x.id === v.id)!
        if (v.price_cny != null && v.price_cny !== live.price_cny)
          plan.variant_prices.push({ id: live.id, prices: cnyPrices(live.prices, v.price_cny) })
      }
    }
    const quantities = change.variants.flatMap((v) =>
      v.stocked_quantity === undefined
        ? []
        : [
            v.id
              ? { variant_id: v.id, quantity: v.stocked_quantity }
              : { options_key: optionsKey(v.options), quantity: v.stocked_quantity },
          ],
    )
    const newVariants = change.variants
      .filter((v) => !v.id && v.stocked_quantity === undefined)
      .map((v) => ({ options_key: optionsKey(v.options), quantity: 0 }))
    if (quantities.length || newVariants.length || (change.trade && stockOrigin !== s.trade?.stock_origin)) {
      const location = stockOrigin ? ctx.locations[stockOrigin] : undefined
      if (!location && quantities.length)
        throw invalid("variants[].stocked_quantity: set trade.stock_origin first, so the stock has a place")
      if (location) plan.stock = { location_id: location, quantities: [...quantities, ...newVariants] }
    }
  } else if (change.trade && stockOrigin !== s.trade?.stock_origin && stockOrigin && ctx.locations[stockOrigin]) {
    // Stock moves with the origin: every variant gets a level at the new place (its units are the exporter's to set).
    plan.stock = { location_id: ctx.locations[stockOrigin]!, quantities: [] }
  }

  if (
    snapshot &&
    change.options &&
    !change.variants &&
    !same(
      change.options,
      s.options.map((o) => ({ title: o.title, values: o.values.map((v) => v.value) })),
    )
  ) {
    throw invalid("variants: give the variants with the options, so each names its values")
  }
  if (!snapshot && !change.variants) product.options = [DEFAULT_OPTION]

  if (change.images) {
    product.images = change.images.map((img) =>
      img.id && s.images.some((x) => x.id === img.id) ? { id: img.id, url: img.url } : { url: img.url },
    )
    product.thumbnail = change.images[0]?.url ?? null
  }

  if (status && (!snapshot || status !== s.product_status)) product.status = status
  if (Object.keys(product).length) plan.product = product
  return plan
}

/** Whether a plan writes anything. */
export const planIsEmpty = (p: ListingPlan) =>
  !p.product &&
  !p.variant_prices.length &&
  !p.options_before.length &&
  !p.options_create.length &&
  !p.options_keep.length &&
  !p.translations.create.length &&
  !p.translations.update.length &&
  !p.trade &&
  !p.stock

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * A change to a live listing, split in two: what applies at once (prices and
 * stock of its existing variants) and what waits for review (everything the
 * shop shows otherwise), the latter merged with what already waits and kept
 * only where it differs from what is live. An exporter who puts a text back as
 * it was withdraws that part of the change.
 */
export function splitLiveChange(s: ListingSnapshot, change: ListingChange): { now: ListingChange; pending: PendingChange | null } {
  const liveIds = new Set(s.variants.map((v) => v.id))
  // The live variants as they are, with the prices and stock the change gives them: no variant comes or goes now.
  const now: ListingChange = change.variants
    ? {
        variants: s.variants.map((live) => {
          const given = change.variants!.find((v) => v.id === live.id)
          return {
            id: live.id,
            title: live.title,
            sku: live.sku,
            options: live.options,
            price_cny: given?.price_cny ?? live.price_cny,
            ...(given?.stocked_quantity === undefined ? {} : { stocked_quantity: given.stocked_quantity }),
          }
        }),
      }
    : {}
  // What was pending, then this change over it.
  const before = s.pending ?? {}
  const merged: PendingChange = {
    content: change.content ? mergePendingContent(before.content, change.content) : before.content,
    category_id: change.category_id !== undefined ? change.category_id : before.category_id,
    options: change.options ?? before.options,
    variants: change.variants
      ? change.variants.map(({ stocked_quantity: _stock, ...v }) => (v.id && liveIds.has(v.id) ? { ...v, price_cny: undefined } : v))
      : before.variants,
    trade: change.trade ?? before.trade,
    images: change.images ? change.images.map((i) => ({ id: i.id ?? i.url, url: i.url })) : before.images,
  }
  // Only what differs from the live listing waits.
  const pending: PendingChange = {}
  const liveContent = s.content
  if (merged.content) {
    const content: NonNullable<PendingChange["content"]> = {}
    for (const locale of CONTENT_LOCALES) {
      for (const field of CONTENT_FIELDS) {
        const value = merged.content[locale]?.[field]
        if (value === undefined) continue
        const normalised = value?.trim() ? value.trim() : null
        if (normalised !== liveContent[locale][field]) (content[locale] ??= {})[field] = normalised
      }
    }
    if (Object.keys(content).length) pending.content = content
  }
  if (merged.category_id !== undefined && merged.category_id !== s.category_id) pending.category_id = merged.category_id
  const liveOptions = s.options.map((o) => ({ title: o.title, values: o.values.map((v) => v.value) }))
  if (merged.options && !same(merged.options, liveOptions)) pending.options = merged.options
  if (merged.variants) {
    const structure = (list: { id?: string; title: string; sku?: string | null; options: Record<string, string> }[]) =>
      list.map((v) => ({ id: v.id ?? null, title: v.title, sku: v.sku || null, options: optionsKey(v.options) }))
    if (!same(structure(merged.variants), structure(s.variants)) || pending.options) pending.variants = merged.variants
  }
  if (merged.trade) {
    const live = s.trade ? pickTrade(s.trade as never) : null
    if (!same(pickTrade(merged.trade), live)) pending.trade = merged.trade
  }
  if (
    merged.images &&
    !same(
      merged.images.map((i) => i.url),
      s.images.map((i) => i.url),
    )
  )
    pending.images = merged.images
  return { now, pending: Object.keys(pending).length ? pending : null }
}

function mergePendingContent(before: ListingInput["content"], change: NonNullable<ListingInput["content"]>) {
  const out: NonNullable<ListingInput["content"]> = structuredClone(before ?? {})
  for (const locale of CONTENT_LOCALES) {
    if (change[locale]) out[locale] = { ...(out[locale] ?? {}), ...change[locale] }
  }
  return out
}

const TRADE_FIELDS = [
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

function pickTrade(t: Record<string, unknown>) {
  return Object.fromEntries(
    TRADE_FIELDS.map((f) => [f, t[f] ?? (f === "allergens" || f === "certificates" ? [] : f === "indivisible" ? false : null)]),
  )
}

/**
 * What differs between two states of a listing, field by field, as people read
 * it: `content.zh-CN.title`, `variants.<sku or title>.price_cny`, `trade.hs_code`,
 * `category_id`, `options`, `images`. The audit log and the review queue's diff.
 */
export function listingDiff(before: ListingSnapshot, after: ListingSnapshot): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {}
  const put = (field: string, a: unknown, b: unknown) => {
    if (!same(a, b)) diff[field] = { before: a ?? null, after: b ?? null }
  }
  for (const locale of CONTENT_LOCALES)
    for (const field of CONTENT_FIELDS) put(`content.${locale}.${field}`, before.content[locale][field], after.content[locale][field])
  put("category_id", before.category_id, after.category_id)
  put(
    "options",
    before.options.map((o) => `${o.title}: ${o.values.map((v) => v.value).join(", ")}`),
    after.options.map((o) => `${o.title}: ${o.values.map((v) => v.value).join(", ")}`),
  )
  const name = (v: { sku: string | null; title: string }) => v.sku || v.title
  const beforeVariants = new Map(before.variants.map((v) => [v.id || name(v), v]))
  const afterVariants = new Map(after.variants.map((v) => [v.id || name(v), v]))
  for (const [key, b] of beforeVariants) {
    const a = afterVariants.get(key)
    if (!a) put(`variants.${name(b)}`, `${b.title} · ¥${b.price_cny ?? "—"}`, null)
    else {
      put(`variants.${name(b)}.title`, b.title, a.title)
      put(`variants.${name(b)}.sku`, b.sku, a.sku)
      put(`variants.${name(b)}.price_cny`, b.price_cny, a.price_cny)
    }
  }
  for (const [key, a] of afterVariants)
    if (!beforeVariants.has(key)) put(`variants.${name(a)}`, null, `${a.title} · ¥${a.price_cny ?? "—"}`)
  const beforeTrade = before.trade ? pickTrade(before.trade as never) : {}
  const afterTrade = after.trade ? pickTrade(after.trade as never) : {}
  for (const f of TRADE_FIELDS) put(`trade.${f}`, (beforeTrade as Record<string, unknown>)[f], (afterTrade as Record<string, unknown>)[f])
  put(
    "images",
    before.images.map((i) => i.url),
    after.images.map((i) => i.url),
  )
  return diff
}

/** A snapshot with a change applied in memory (prices of existing variants included): what the listing will read as. */
export function withChange(s: ListingSnapshot, change: ListingChange): ListingSnapshot {
  const applied = effectiveListing({
    ...s,
    pending: { ...change, images: change.images?.map((i) => ({ id: i.id ?? i.url, url: i.url })) } as PendingChange,
  })
  return { ...applied, pending: s.pending }
}

export type { ContentLocale }
