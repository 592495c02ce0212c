/**
 * The currencies of the shop's regions (China in yuan, International in US dollars), each with the search index
 * field that holds a product's lowest price in it: search results, price filters and price sorts read the field of
 * the visitor's region, never yuan labelled as another currency.
 */
export const SEARCH_PRICE_FIELDS = { cny: "price", usd: "price_usd" } as const
export type RegionCurrency = keyof typeof SEARCH_PRICE_FIELDS
export type SearchPriceField = (typeof SEARCH_PRICE_FIELDS)[RegionCurrency]

/** The index field of a region's currency (any case), or null for a currency the index does not price in. */
export function searchPriceField(currencyCode: string): SearchPriceField | null {
  const code = currencyCode.toLowerCase()
  return Object.prototype.hasOwnProperty.call(SEARCH_PRICE_FIELDS, code) ? SEARCH_PRICE_FIELDS[code as RegionCurrency] : null
}
