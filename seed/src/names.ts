/** Names the seed gives to things other parts of the system look up. */
export const SALES_CHANNEL_NAME = "Bozor web store"
export const PUBLISHABLE_KEY_TITLE = "Bozor storefront"
export const STOCK_LOCATIONS = {
  tashkent: "Tashkent export warehouse",
  guangzhou: "Guangzhou exhibition centre",
} as const
export const SHIPPING_PROFILES = {
  cross_border: "Cross-border direct mail",
  domestic: "Guangzhou centre stock",
} as const
/** The seed ledger's record of a catalog seed that ran to its end (seed/src/load/ledger.ts); the launcher reads it. */
export const SEED_FINISHED = "seed:finished"
