import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS } from "@bozor/shared"
import { medusa, storeGet } from "./client"
import { getShopRegion } from "./index"
import { reshapeProductSummary } from "./reshape"
import type { Campaign, CampaignPromotion, PavilionEvent, PavilionPage, ProductSummary } from "./types"

type Localized = Record<string, string>
type AnyRecord = Record<string, any>

/** A text the consulate wrote in both shop languages, in the visitor's (English when a language is missing). */
const pick = (text: Localized | null | undefined, locale: string) => text?.[locale] || text?.en || ""

function reshapeCampaign(page: AnyRecord, locale: string): Campaign {
  return {
    id: page.id,
    slug: page.slug,
    title: pick(page.title, locale),
    body: pick(page.body, locale),
    heroImageUrl: page.hero_image_url ?? null,
    startsAt: page.starts_at,
    endsAt: page.ends_at,
    featuredProductIds: page.featured_product_ids ?? [],
    featuredExporterIds: page.featured_exporter_ids ?? [],
    promotions: (page.promotions ?? []).map((p: AnyRecord): CampaignPromotion => ({
      code: p.code ?? null,
      automatic: !!p.is_automatic,
      type: p.type,
      value: Number(p.value),
      perItem: p.target_type === "items",
      productIds: p.product_ids ?? [],
    })),
  }
}

/** The campaigns running now, newest first (home page strip, product banners). */
export async function getActiveCampaigns(locale: string): Promise<Campaign[]> {
  const { campaign_pages } = await storeGet<{ campaign_pages: AnyRecord[] }>("/store/campaign-pages", {
    locale,
    tags: [CACHE_TAGS.campaigns],
  })
  return campaign_pages.map((p) => reshapeCampaign(p, locale))
}

export async function getCampaign(locale: string, slug: string): Promise<Campaign | null> {
  try {
    const { campaign_page } = await storeGet<{ campaign_page: AnyRecord }>(`/store/campaign-pages/${encodeURIComponent(slug)}`, {
      locale,
      tags: [CACHE_TAGS.campaigns],
    })
    return reshapeCampaign(campaign_page, locale)
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

/** A draft as staff preview it through a signed link: never cached, a bad or expired token is null. */
export async function getCampaignPreview(locale: string, token: string): Promise<Campaign | null> {
  try {
    const { preview } = await medusa().client.fetch<{ preview: AnyRecord }>(`/store/campaign-previews/${encodeURIComponent(token)}`, {
      headers: { "x-medusa-locale": locale },
      cache: "no-store",
    })
    return reshapeCampaign(preview, locale)
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

/**
 * A campaign's price of a product: what its per-item promotion takes off (a percentage, or an amount per item). A
 * code's price is shown with its code; an amount taken off the whole order changes no product's price.
 */
export function campaignPrice(campaign: Campaign, product: ProductSummary) {
  if (!product.price) return null
  const promotion = campaign.promotions.find((p) => p.perItem && p.productIds.includes(product.id))
  if (!promotion) return null
  const off = promotion.type === "percentage" ? (product.price.amount * promotion.value) / 100 : promotion.value
  const amount = Math.max(0, Math.round((product.price.amount - off) * 100) / 100)
  return { price: { ...product.price, amount }, promotion }
}

/** Products by id in the order given (a campaign's or an event's featured products), with their prices. */
export async function getProductsByIds(locale: string, ids: string[]): Promise<ProductSummary[]> {
  if (!ids.length) return []
  const region = await getShopRegion(locale)
  const { products } = await storeGet<HttpTypes.StoreProductListResponse>("/store/products", {
    locale,
    query: {
      id: ids,
      region_id: region.id,
      fields:
        "id,handle,title,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
      limit: ids.length,
    },
    tags: [CACHE_TAGS.products],
  })
  const byId = new Map(products.map((p) => [p.id, reshapeProductSummary(p)]))
  return ids.map((id) => byId.get(id)).filter((p): p is ProductSummary => !!p)
}

export async function getPavilion(locale: string): Promise<PavilionPage | null> {
  try {
    const { pavilion } = await storeGet<{ pavilion: AnyRecord }>("/store/pavilion", { locale, tags: [CACHE_TAGS.pavilion] })
    return {
      story: pick(pavilion.story, locale),
      featuredExporterIds: pavilion.featured_exporter_ids ?? [],
      centre: {
        address: pick(pavilion.centre_address, locale),
        hours: pick(pavilion.centre_hours, locale),
        pickup: pick(pavilion.centre_pickup, locale),
      },
    }
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

function reshapeEvent(e: AnyRecord, locale: string): PavilionEvent {
  return {
    id: e.id,
    title: pick(e.title, locale),
    body: pick(e.body, locale),
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    place: e.place,
    onlineUrl: e.online_url ?? null,
    productIds: e.product_ids ?? [],
  }
}

/** Published events that have not ended, soonest first. */
export async function getUpcomingEvents(locale: string): Promise<PavilionEvent[]> {
  const { events } = await storeGet<{ events: AnyRecord[] }>("/store/pavilion-events", { locale, tags: [CACHE_TAGS.events] })
  return events.map((e) => reshapeEvent(e, locale))
}

export async function getEvent(locale: string, id: string): Promise<PavilionEvent | null> {
  try {
    const { event } = await storeGet<{ event: AnyRecord }>(`/store/pavilion-events/${encodeURIComponent(id)}`, {
      locale,
      tags: [CACHE_TAGS.events],
    })
    return reshapeEvent(event, locale)
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}
