import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Which of the storefront's cache tags each change makes stale (storefront/lib/medusa/client.ts TAGS). */
const TAGS_BY_EVENT: Record<string, string[]> = {
  "product.": ["products", "search"],
  "product-variant.": ["products", "search"],
  "inventory-level.": ["products", "search"],
  "product-category.": ["categories", "products", "search"],
  "product-collection.": ["collections", "products", "search"],
  "translation.": ["products", "categories", "collections", "exporters", "search"],
  "promotion.": ["promotions"],
  "exporter.": ["exporters", "search"],
  "region.": ["regions"],
}

/**
 * Tells the storefront which cached reads to drop when products, prices,
 * stock, translations or promotions change. A storefront that is down misses
 * nothing important: its caches expire on their own.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret) return
  const tags = Object.entries(TAGS_BY_EVENT).find(([prefix]) => event.name.startsWith(prefix))?.[1]
  if (!tags) return
  try {
    const res = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(`status ${res.status}`)
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`[storefront] revalidation of ${tags.join(",")} after ${event.name} failed: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created", "product.updated", "product.deleted",
    "product-variant.created", "product-variant.updated", "product-variant.deleted",
    "inventory-level.updated",
    "product-category.created", "product-category.updated", "product-category.deleted",
    "product-collection.updated",
    "translation.created", "translation.updated", "translation.deleted",
    "promotion.created", "promotion.updated", "promotion.deleted",
    "exporter.updated", "region.updated",
  ],
  // Named, so that the catalog loader can pause it in its own process (seed/src/load/event-sync.ts).
  context: { subscriberId: "storefront-revalidation" },
}
