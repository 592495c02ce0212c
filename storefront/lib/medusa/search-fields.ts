/**
 * What a product card needs from a search hit (reshapeSearchHit): not the descriptions or the pinyin. The price
 * field of the visitor's region (SEARCH_PRICE_FIELDS) is added to these.
 */
export const SEARCH_HIT_FIELDS = [
  "id",
  "handle",
  "title_zh",
  "title_en",
  "subtitle_zh",
  "subtitle_en",
  "thumbnail",
  "in_stock",
  "origin_region",
]
