/** What a product card needs from a search hit (reshapeSearchHit): not the descriptions or the pinyin. */
export const SEARCH_HIT_FIELDS = ["id", "handle", "title_zh", "title_en", "subtitle_zh", "subtitle_en", "thumbnail", "price", "in_stock", "origin_region"]
