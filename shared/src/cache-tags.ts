/**
 * The storefront's cache tags: its cached reads are tagged with these, and the backend names them when it tells the
 * storefront (POST /api/revalidate) which reads a change made stale.
 */
export const CACHE_TAGS = {
  products: "products",
  regions: "regions",
  categories: "categories",
  collections: "collections",
  promotions: "promotions",
  exporters: "exporters",
  search: "search",
  // The consulate's content; the backend expires these at once on an edit and at a campaign's or event's start and end.
  campaigns: "campaigns",
  pavilion: "pavilion",
  events: "events",
} as const
export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** The tag of one product's page read, so that a change to it can be revalidated alone. */
export const productCacheTag = (handle: string) => `product:${handle}`
