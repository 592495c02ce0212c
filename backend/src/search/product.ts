import { defineSearchIndex, search } from "@medusajs/framework/utils"
import { productDocuments } from "./lib/product-documents"
import { productIdsForEvent, PRODUCT_INDEX_EVENTS } from "./lib/product-events"
import { PRODUCT_SYNONYMS } from "./lib/synonyms"

/**
 * The shop's product index: what a buyer searches (Chinese and English text,
 * pinyin, origin, exporter, categories, certificates) and what the shop filters,
 * facets and sorts on. Facets for the storefront:
 *   categories (handles, each category's ancestors included), origin_region, exporter (handle), certificates,
 *   fulfilment_modes, stock_origin, in_stock (boolean), price (CNY) and price_usd (the International region's;
 *   stats and ranges).
 * Sorts: relevance (none), price or price_usd, created_at.
 *
 * The same definition is served by Meilisearch (default) or by Medusa's
 * PostgreSQL provider: the search benchmark defines it a second time on that
 * provider (`product_pg`) in a copy of the backend of its own.
 */
export const productFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  title_zh: search.text().searchable({ weight: 10 }),
  title_en: search.text().searchable({ weight: 9 }),
  title_pinyin: search.text().searchable({ weight: 8 }),
  title_initials: search.text().searchable({ weight: 7 }),
  category_names_zh: search.text().array().searchable({ weight: 6 }),
  category_names_en: search.text().array().searchable({ weight: 6 }),
  category_pinyin: search.text().searchable({ weight: 6 }),
  category_initials: search.text().searchable({ weight: 5 }),
  origin_name_zh: search.text().searchable({ weight: 5 }),
  origin_name_en: search.text().searchable({ weight: 5 }),
  exporter_name_zh: search.text().searchable({ weight: 4 }),
  exporter_name_en: search.text().searchable({ weight: 4 }),
  collection_title_zh: search.text().searchable({ weight: 3 }),
  collection_title_en: search.text().searchable({ weight: 3 }),
  subtitle_zh: search.text().searchable({ weight: 3 }),
  subtitle_en: search.text().searchable({ weight: 3 }),
  tags: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  certificate_names_zh: search.text().array().searchable({ weight: 2 }),
  certificate_names_en: search.text().array().searchable({ weight: 2 }),
  description_zh: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  categories: search.keyword().array().filterable().facetable(),
  collection: search.keyword().filterable().facetable(),
  origin_region: search.keyword().filterable().facetable(),
  exporter: search.keyword().filterable().facetable(),
  certificates: search.keyword().array().filterable().facetable(),
  fulfilment_modes: search.keyword().array().filterable().facetable(),
  stock_origin: search.keyword().filterable().facetable(),
  price: search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["stats", "range"] }),
  price_usd: search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["stats", "range"] }),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
})

const SEED_BATCH = 500

/** An event's products, read again and written to the index (or removed when they are gone). */
const consumeProductEvent = async (event: { name: string; data: unknown }, { container }: { container: { query: any } }) => {
  const ids = await productIdsForEvent(container.query, event)
  if (!ids.length) return []
  const { documents } = await productDocuments(container.query, { id: ids })
  const found = new Set(documents.map((d) => d.id))
  const gone = ids.filter((id) => !found.has(id))
  return [
    ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
    ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : []),
  ]
}

export function defineProductIndex(name: string, provider?: string) {
  return defineSearchIndex({
    name,
    entity: "product",
    primary_key: "id",
    ...(provider ? { provider } : {}),
    fields: productFields,
    settings: {
      typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
      provider_options: {
        meilisearch: {
          synonyms: PRODUCT_SYNONYMS,
          localized_attributes: { zho: ["*_zh"], eng: ["*_en", "*_pinyin", "*_initials", "tags"] },
        },
      },
    },
    events: PRODUCT_INDEX_EVENTS,
    consume: consumeProductEvent,
    async *seed({ container, filters, last_key: lastKey, catchup }) {
      // The next page is read while the search engine indexes the one just yielded. A read that fails is awaited
      // below; one still pending when a run is abandoned must not become an unhandled rejection.
      const page = (after: string | undefined) => {
        const scope: Record<string, unknown> = { ...(filters ?? {}) }
        if (after) scope.id = { $gt: after }
        if (catchup) scope.updated_at = { $gte: catchup.since }
        const read = productDocuments(container.query, scope, { take: SEED_BATCH, order: { id: "ASC" } })
        read.catch(() => undefined)
        return read
      }
      let next = page(lastKey)
      while (true) {
        const { documents } = await next
        if (!documents.length) return
        const full = documents.length === SEED_BATCH
        if (full) next = page(documents[documents.length - 1].id)
        yield [{ action: "upsert" as const, documents }]
        if (!full) return
      }
    },
  })
}

export default defineProductIndex("product")
