import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CACHE_TAGS, type CacheTag } from "@bozor/shared"
import { revalidateStorefront as revalidate } from "../utils/storefront-revalidation"

const { products, search, categories, collections, exporters, promotions, campaigns, regions, pavilion, events } = CACHE_TAGS

/** Which of the storefront's cache tags each change makes stale. */
const TAGS_BY_EVENT: Record<string, CacheTag[]> = {
  "product.": [products, search],
  "product-variant.": [products, search],
  "inventory-level.": [products, search],
  "product-category.": [categories, products, search],
  "product-collection.": [collections, products, search],
  "translation.": [products, categories, collections, exporters, search],
  "promotion.": [promotions, campaigns],
  "exporter.": [exporters, search],
  "region.": [regions],
  // The consulate's content: staff expect an edit to show on the next visit, so these expire at once.
  "campaign-page.": [campaigns],
  "campaign-featured-products.": [campaigns],
  "pavilion-page.": [pavilion],
  "pavilion-event.": [events],
}
const IMMEDIATE = ["campaign-page.", "campaign-featured-products.", "pavilion-page.", "pavilion-event."]

/**
 * Tells the storefront which cached reads to drop when products, prices,
 * stock, translations or promotions change. A storefront that is down misses
 * nothing important: its caches expire on their own.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const match = Object.entries(TAGS_BY_EVENT).find(([prefix]) => event.name.startsWith(prefix))
  if (!match) return
  await revalidate(container, match[1], { immediate: IMMEDIATE.includes(match[0]), reason: event.name })
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.updated",
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    "product-collection.updated",
    "translation.created",
    "translation.updated",
    "translation.deleted",
    "promotion.created",
    "promotion.updated",
    "promotion.deleted",
    "exporter.updated",
    "region.updated",
    "campaign-page.updated",
    "campaign-featured-products.updated",
    "pavilion-page.updated",
    "pavilion-event.updated",
  ],
  // Named, so that the catalog loader can pause it in its own process (seed/src/load/event-sync.ts).
  context: { subscriberId: "storefront-revalidation" },
}
