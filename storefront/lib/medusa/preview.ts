import "server-only"
import { cache } from "react"
import { medusa } from "./client"
import type { ProductDetail } from "./types"

type ContentLocale = "zh-CN" | "en" | "ru"
type Text = { title: string | null; subtitle: string | null; description: string | null }

/** The draft listing behind a preview link, as GET /store/listing-previews/:token answers it. */
interface ListingPreview {
  id: string
  handle: string
  content: Record<ContentLocale, Text>
  category_id: string | null
  options: { title: string; values: string[] }[]
  variants: {
    id: string
    title: string
    sku: string | null
    options: Record<string, string>
    price_cny: number | null
    stock: { stocked: number; reserved: number }[]
  }[]
  trade: Record<string, any> | null
  images: { id: string; url: string }[]
  thumbnail: string | null
}

/**
 * A preview link's draft, read fresh on every request (never from the data
 * cache: it is one exporter's unpublished listing, and the link expires), and
 * once per request for both the metadata and the page. An invalid or expired
 * token is null, so the page is the shop's ordinary 404.
 */
export const getListingPreview = cache(async (token: string): Promise<ListingPreview | null> => {
  if (!token || token.length > 2048) return null
  try {
    const { preview } = await medusa().client.fetch<{ preview: ListingPreview }>(`/store/listing-previews/${encodeURIComponent(token)}`, {
      cache: "no-store",
    })
    return preview
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
})

/** The draft as the product page shows a product, in the shop's language (Chinese where the exporter wrote no English). */
export function reshapeListingPreview(p: ListingPreview, locale: string): ProductDetail {
  const own = p.content[locale === "en" ? "en" : "zh-CN"]
  const zh = p.content["zh-CN"]
  const pick = (field: keyof Text) => own?.[field] || zh?.[field] || p.content.en?.[field] || null
  const money = (amount: number | null) => (amount == null ? null : { amount, currencyCode: "CNY" })
  const prices = p.variants.map((v) => v.price_cny).filter((a): a is number => a != null)
  const variants = p.variants.map((v) => ({
    id: v.id,
    title: v.title,
    sku: v.sku,
    options: Object.entries(v.options).map(([title, value]) => ({ title, value })),
    price: money(v.price_cny),
    available: v.stock.reduce((n, l) => n + Math.max(0, l.stocked - l.reserved), 0),
  }))
  const t = p.trade
  return {
    id: p.id,
    handle: p.handle,
    title: pick("title") ?? p.handle,
    subtitle: pick("subtitle"),
    description: pick("description"),
    thumbnail: p.thumbnail ?? p.images[0]?.url ?? null,
    price: prices.length ? money(Math.min(...prices)) : null,
    inStock: variants.some((v) => v.available > 0),
    images: p.images.map((i) => i.url),
    options: p.options,
    variants,
    trade: t
      ? {
          originRegion: t.origin_region,
          stockOrigin: t.stock_origin,
          fulfilmentModes: t.fulfilment_modes ?? [],
          shelfLifeDays: t.shelf_life_days ?? null,
          storage: t.storage ?? null,
          allergens: t.allergens ?? [],
          certificates: t.certificates ?? [],
          manufacturer: t.manufacturer ?? "",
          gaccNumber: t.gacc_registration_number ?? null,
          hsCode: t.hs_code ?? "",
          labelZh: t.label_zh ?? null,
        }
      : null,
    exporter: null,
    categories: [],
    collection: null,
  }
}
