import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../modules/listing"
import { contentCompleteness, listingChecklist, type ChecklistItem } from "../modules/listing/checklist"
import {
  CONTENT_FIELDS,
  CONTENT_LOCALES,
  DEFAULT_OPTION,
  type ContentField,
  type ContentLocale,
  type ListingState,
} from "../modules/listing/constants"
import type { ListingInput } from "../modules/listing/schema"
import type ListingModuleService from "../modules/listing/service"
import { FULFILMENT_MODES_BY_ORIGIN, type StockOrigin } from "../modules/trade/constants"

/**
 * How an exporter's listing reads: the product as Medusa holds it (what the
 * shop shows), its content per language from the Translation Module, its
 * variants with CNY prices and stock, its trade profile, and its review state
 * with any change that waits for review. The workflows that change listings
 * read the same snapshot, so what an exporter sees is what a change is
 * compared against.
 */

export type Content = Record<ContentLocale, Record<ContentField, string | null>>

interface ListingVariant {
  id: string
  title: string
  sku: string | null
  options: Record<string, string>
  price_cny: number | null
  prices: { id: string; currency_code: string; amount: number }[]
  inventory_item_ids: string[]
  stock: { location_id: string; location_name: string; stocked: number; reserved: number }[]
}

interface ListingTrade {
  id: string
  origin_region: string
  manufacturer: string
  hs_code: string
  vat_rate: number
  shelf_life_days: number | null
  storage: string | null
  allergens: string[]
  certificates: string[]
  gacc_registration_number: string | null
  fulfilment_modes: string[]
  stock_origin: StockOrigin
  indivisible: boolean
  label_zh: string | null
}

export interface ListingSnapshot {
  id: string
  handle: string
  product_status: string
  published: boolean
  state: ListingState
  base: Record<ContentField, string | null>
  content: Content
  /** The translation rows behind `content`, by locale. */
  translation_ids: Partial<Record<ContentLocale, string>>
  category_id: string | null
  family: string | null
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: ListingVariant[]
  trade: ListingTrade | null
  images: { id: string; url: string }[]
  thumbnail: string | null
  pending: PendingChange | null
  review: { reason: string | null; reviewed_at: string | null; submitted_at: string | null } | null
  updated_at: string
}

/** A live listing's change waiting for review: the ListingInput fields it changes, and whether it was submitted. */
export type PendingChange = Omit<ListingInput, "variants"> & {
  variants?: Omit<NonNullable<ListingInput["variants"]>[number], "stocked_quantity">[]
  images?: { id: string; url: string }[]
  submitted_at?: string | null
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
  "variants.prices.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "categories.id",
  "trade_profile.*",
]

type Row = Record<string, any>

const STATE_BY_STATUS: Record<string, ListingState> = {
  published: "live",
  proposed: "in_review",
  rejected: "changes_requested",
  draft: "draft",
}

/** Every category with its root's handle: a listing's family is the root of its category. */
export async function categoryFamilies(scope: MedusaContainer): Promise<Map<string, { handle: string; family: string }>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle", "mpath"] })
  const handles = new Map((data as Row[]).map((c) => [c.id, c.handle as string]))
  return new Map(
    (data as Row[]).map((c) => [c.id, { handle: c.handle, family: handles.get(String(c.mpath ?? c.id).split(".")[0]) ?? c.handle }]),
  )
}

async function stockByItem(scope: MedusaContainer, itemIds: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const byItem = new Map<string, ListingVariant["stock"]>()
  if (!itemIds.length) return byItem
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
    filters: { inventory_item_id: itemIds },
  })
  const locationIds = [...new Set((levels as Row[]).map((l) => l.location_id))]
  const { data: locations } = locationIds.length
    ? await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } })
    : { data: [] as Row[] }
  const names = new Map((locations as Row[]).map((l) => [l.id, l.name as string]))
  for (const l of levels as Row[]) {
    const list = byItem.get(l.inventory_item_id) ?? []
    list.push({
      location_id: l.location_id,
      location_name: names.get(l.location_id) ?? l.location_id,
      stocked: Number(l.stocked_quantity),
      reserved: Number(l.reserved_quantity),
    })
    byItem.set(l.inventory_item_id, list)
  }
  return byItem
}

/** Snapshots of these products (any order in, input order out; missing ids are left out). */
export async function listingSnapshots(scope: MedusaContainer, productIds: string[]): Promise<ListingSnapshot[]> {
  if (!productIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const listings: ListingModuleService = scope.resolve(LISTING_MODULE)
  const [{ data: products }, { data: translations }, rows, families] = await Promise.all([
    query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } }),
    query.graph({
      entity: "translation",
      fields: ["id", "reference_id", "locale_code", "translations"],
      filters: { reference: "product", reference_id: productIds, locale_code: [...CONTENT_LOCALES] },
    }),
    listings.listListings({ product_id: productIds }, { take: null }),
    categoryFamilies(scope),
  ])
  const itemIds = (products as Row[]).flatMap((p) =>
    (p.variants ?? []).flatMap((v: Row) => (v.inventory_items ?? []).map((i: Row) => i.inventory_item_id)),
  )
  const stock = await stockByItem(scope, itemIds)
  const rowByProduct = new Map(rows.map((r) => [r.product_id, r]))
  const byId = new Map((products as Row[]).map((p) => [p.id, p]))

  return productIds.flatMap((id) => {
    const p = byId.get(id)
    if (!p) return []
    const own = (translations as Row[]).filter((t) => t.reference_id === id)
    const content = {} as Content
    const translationIds: ListingSnapshot["translation_ids"] = {}
    for (const locale of CONTENT_LOCALES) {
      const row = own.find((t) => t.locale_code === locale)
      if (row) translationIds[locale] = row.id
      content[locale] = Object.fromEntries(
        CONTENT_FIELDS.map((field) => {
          const value = row?.translations?.[field]
          // English is the base of products written before the portal (the seed's): their English has no row.
          const fallback = locale === "en" && !row ? p[field] : null
          return [field, typeof value === "string" && value.trim() ? value : (fallback ?? null)]
        }),
      ) as Content[ContentLocale]
    }
    const optionTitle = new Map<string, string>((p.options ?? []).map((o: Row) => [o.id, o.title]))
    const categoryId = (p.categories ?? [])[0]?.id ?? null
    const row = rowByProduct.get(id)
    const trade = p.trade_profile as Row | null
    return [
      {
        id,
        handle: p.handle,
        product_status: p.status,
        published: p.status === "published",
        state: (row?.state as ListingState) ?? STATE_BY_STATUS[p.status] ?? "draft",
        base: { title: p.title ?? null, subtitle: p.subtitle ?? null, description: p.description ?? null },
        content,
        translation_ids: translationIds,
        category_id: categoryId,
        family: categoryId ? (families.get(categoryId)?.family ?? null) : null,
        options: (p.options ?? []).map((o: Row) => ({
          id: o.id,
          title: o.title,
          values: (o.values ?? []).map((v: Row) => ({ id: v.id, value: v.value })),
        })),
        variants: (p.variants ?? []).map((v: Row): ListingVariant => {
          const cny = (v.prices ?? []).find((pr: Row) => pr.currency_code === "cny")
          const items: string[] = (v.inventory_items ?? []).map((i: Row) => i.inventory_item_id)
          return {
            id: v.id,
            title: v.title,
            sku: v.sku ?? null,
            options: Object.fromEntries((v.options ?? []).map((o: Row) => [optionTitle.get(o.option_id) ?? o.option_id, o.value])),
            price_cny: cny ? Number(cny.amount) : null,
            prices: (v.prices ?? []).map((pr: Row) => ({ id: pr.id, currency_code: pr.currency_code, amount: Number(pr.amount) })),
            inventory_item_ids: items,
            stock: items.flatMap((item) => stock.get(item) ?? []),
          }
        }),
        trade: trade
          ? {
              id: trade.id,
              origin_region: trade.origin_region,
              manufacturer: trade.manufacturer,
              hs_code: trade.hs_code,
              vat_rate: Number(trade.vat_rate),
              shelf_life_days: trade.shelf_life_days ?? null,
              storage: trade.storage ?? null,
              allergens: trade.allergens ?? [],
              certificates: trade.certificates ?? [],
              gacc_registration_number: trade.gacc_registration_number ?? null,
              fulfilment_modes: trade.fulfilment_modes ?? [],
              stock_origin: trade.stock_origin,
              indivisible: !!trade.indivisible,
              label_zh: trade.label_zh ?? null,
            }
          : null,
        images: [...(p.images ?? [])].sort((a: Row, b: Row) => (a.rank ?? 0) - (b.rank ?? 0)).map((i: Row) => ({ id: i.id, url: i.url })),
        thumbnail: p.thumbnail ?? null,
        pending: (row?.pending as PendingChange | null) ?? null,
        review: row
          ? {
              reason: row.review_reason ?? null,
              reviewed_at: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
              submitted_at: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
            }
          : null,
        updated_at: new Date(p.updated_at).toISOString(),
      },
    ]
  })
}

export async function listingSnapshot(scope: MedusaContainer, productId: string): Promise<ListingSnapshot | null> {
  return (await listingSnapshots(scope, [productId]))[0] ?? null
}

/** The listing as it will be once its pending change is approved: what the checklist and the preview judge. */
export function effectiveListing(s: ListingSnapshot): ListingSnapshot {
  const p = s.pending
  if (!p) return s
  const content = structuredClone(s.content)
  for (const locale of CONTENT_LOCALES) {
    for (const field of CONTENT_FIELDS) {
      const value = p.content?.[locale]?.[field]
      if (value !== undefined) content[locale][field] = value
    }
  }
  const variants = p.variants
    ? p.variants.map((v) => {
        const live = v.id ? s.variants.find((x) => x.id === v.id) : undefined
        return {
          ...(live ?? { prices: [], inventory_item_ids: [], stock: [] }),
          id: v.id ?? "",
          title: v.title,
          sku: v.sku ?? null,
          options: v.options,
          price_cny: v.price_cny ?? live?.price_cny ?? null,
        }
      })
    : s.variants
  const stockOrigin = p.trade?.stock_origin ?? s.trade?.stock_origin
  return {
    ...s,
    content,
    category_id: p.category_id !== undefined ? p.category_id : s.category_id,
    options: p.options
      ? p.options.map((o) => ({ id: "", title: o.title, values: o.values.map((value) => ({ id: "", value })) }))
      : s.options,
    variants,
    trade: p.trade
      ? ({
          ...(s.trade ?? ({} as ListingTrade)),
          ...p.trade,
          id: s.trade?.id ?? "",
          fulfilment_modes: stockOrigin ? FULFILMENT_MODES_BY_ORIGIN[stockOrigin] : [],
        } as ListingTrade)
      : s.trade,
    images: p.images ?? s.images,
  }
}

export function checklistOf(s: ListingSnapshot, families: Map<string, { family: string }>): ChecklistItem[] {
  const e = effectiveListing(s)
  const family = e.category_id ? (families.get(e.category_id)?.family ?? null) : null
  return listingChecklist({ content: e.content, family, trade: e.trade, variants: e.variants, images: e.images.length })
}

const completenessOf = (content: Content) =>
  Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, contentCompleteness(content[locale])])) as Record<ContentLocale, number>

/** A variant's options as the API shows them: without Medusa's placeholder option, which a listing without options has. */
const withoutPlaceholder = (options: Record<string, string>) =>
  Object.fromEntries(Object.entries(options).filter(([title]) => title !== DEFAULT_OPTION.title))

/** A listing as the exporter API answers it (the contract's `Listing`). */
export function listingJson(s: ListingSnapshot, families: Map<string, { family: string }>) {
  const { id: _tradeId, ...trade } = s.trade ?? ({} as ListingTrade)
  return {
    id: s.id,
    handle: s.handle,
    status: s.state,
    /** Whether the shop shows it now (a live listing, or one whose change waits for review). */
    published: s.published,
    review: s.review && (s.review.reason || s.review.reviewed_at) ? { reason: s.review.reason, reviewed_at: s.review.reviewed_at } : null,
    content: s.content,
    category_id: s.category_id,
    options: s.options
      .filter((o) => o.title !== DEFAULT_OPTION.title)
      .map((o) => ({ title: o.title, values: o.values.map((v) => v.value) })),
    variants: s.variants.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      options: withoutPlaceholder(v.options),
      price_cny: v.price_cny,
      stock: v.stock,
    })),
    trade: s.trade ? trade : null,
    images: s.images,
    thumbnail: s.thumbnail,
    checklist: checklistOf(s, families),
    completeness: completenessOf(effectiveListing(s).content),
    pending: s.pending,
    updated_at: s.updated_at,
  }
}

/** One row of the exporter's listing table (the contract's `ListingSummary`). */
export function listingSummary(s: ListingSnapshot) {
  const prices = s.variants.map((v) => v.price_cny).filter((p): p is number => p != null)
  return {
    id: s.id,
    handle: s.handle,
    status: s.state,
    published: s.published,
    has_pending_change: !!s.pending,
    title: Object.fromEntries(CONTENT_LOCALES.map((l) => [l, s.content[l].title])),
    thumbnail: s.thumbnail,
    updated_at: s.updated_at,
    completeness: completenessOf(effectiveListing(s).content),
    price_min_cny: prices.length ? Math.min(...prices) : null,
    stock_total: s.variants.reduce((sum, v) => sum + v.stock.reduce((n, l) => n + Math.max(0, l.stocked - l.reserved), 0), 0),
    review_reason: s.state === "changes_requested" ? (s.review?.reason ?? null) : null,
  }
}
