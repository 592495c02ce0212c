import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { productDocuments } from "./product-documents"
import type { Drift, IndexCheck, ReconcileResult } from "./reconcile-report"

type Document = SearchTypes.SearchDocument
type Definition = SearchTypes.ResolvedSearchIndexDefinition

/** The provider's reading side; our Meilisearch provider has it (modules/meilisearch/service.ts). */
type ListingProvider = {
  listDocuments?(input: { index: string; definition: Definition; offset?: number; limit: number; ids?: string[] }): Promise<Document[]>
}

/**
 * The Search Module's members this needs beyond its public interface: which engine index serves the product index
 * now (it changes with every reindex), its provider, and the event ingestion the index's subscriber runs.
 */
type SearchModule = {
  resolveActiveDefinition_(name: string, options: { fresh: boolean }): Promise<Definition>
  searchProviderService_: { retrieve(provider: string): ListingProvider }
  ingest(event: { name: string; data: unknown }): Promise<unknown>
}

export type ReconcileOptions = {
  repair?: boolean
  /** Documents read from each side per request. */
  pageSize?: number
  /** Ids listed per kind of drift. */
  sample?: number
  /**
   * Before drift is reported, the ids found drifting are checked once more after this pause: on a running shop a
   * change whose event is still on its way to the index is not drift.
   */
  settleMs?: number
}

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/** Equal as the index uses them: a missing field is null, and a list is a set of values (its order decides nothing). */
function normalized(value: unknown): string {
  if (value === undefined || value === null) return "null"
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort())
  return JSON.stringify(value)
}

/** The fields in which the indexed document differs from the one indexing the product now writes. */
export function differingFields(expected: Document, indexed: Document): string[] {
  const fields = new Set([...Object.keys(expected), ...Object.keys(indexed)])
  return [...fields].filter((f) => normalized(expected[f]) !== normalized(indexed[f])).sort()
}

type Found = { missing: Set<string>; orphaned: Set<string>; stale: Map<string, string[]> }

/**
 * Compares the product index with the database: every document of the index against the document indexing its
 * product would write now (read a page at a time, in the engine's order, with the same reads the indexing uses), then
 * every product id of the database (a page at a time, by id) against the ids the index holds. What the index holds
 * is correct when each product that exists has a document and the document says what the indexing says: a draft or
 * a product of another sales channel keeps its document, whose `status` and `sales_channel_ids` the store's search
 * filters on, and a deleted product has none.
 */
async function checkProductIndex(
  container: MedusaContainer,
  options: ReconcileOptions,
): Promise<{ check: IndexCheck; drifting: string[] }> {
  const { pageSize = 500, sample = 20, settleMs = 2000 } = options
  const started = Date.now()
  const search = container.resolve(Modules.SEARCH) as unknown as SearchModule
  const query = container.resolve<SearchTypes.SearchContainer["query"]>("query")
  const definition = await search.resolveActiveDefinition_("product", { fresh: true })
  const provider = search.searchProviderService_.retrieve(definition.provider)
  if (!provider.listDocuments) throw new Error(`The search provider "${definition.provider}" cannot list the documents of an index.`)
  const list = provider.listDocuments.bind(provider)
  const physical = definition.physical_name

  /** Sorts documents (and the ids of `expectedIds` that have none) into the kinds of drift. */
  const compare = async (documents: Document[], found: Found, expectedIds: string[] = []) => {
    const ids = [...new Set([...documents.map((d) => String(d.id)), ...expectedIds])]
    const { documents: current } = await productDocuments(query, { id: ids })
    const expected = new Map<string, Document>(current.map((d) => [d.id, d as unknown as Document]))
    const indexed = new Map(documents.map((d) => [String(d.id), d]))
    for (const id of ids) {
      const want = expected.get(id)
      const have = indexed.get(id)
      if (want && !have) found.missing.add(id)
      else if (have && !want) found.orphaned.add(id)
      else if (want && have) {
        const fields = differingFields(want, have)
        if (fields.length) found.stale.set(id, fields)
      }
    }
  }

  const candidates: Found = { missing: new Set(), orphaned: new Set(), stale: new Map() }
  const inIndex = new Set<string>()
  for (let offset = 0; ; offset += pageSize) {
    const documents = await list({ index: physical, definition, offset, limit: pageSize })
    for (const d of documents) inIndex.add(String(d.id))
    if (documents.length) await compare(documents, candidates)
    if (documents.length < pageSize) break
  }
  let products = 0
  for (let after: string | undefined; ;) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: after ? { id: { $gt: after } } : {},
      pagination: { take: pageSize * 4, order: { id: "ASC" } },
    })
    products += data.length
    for (const { id } of data as { id: string }[]) if (!inIndex.has(id)) candidates.missing.add(id)
    if (data.length < pageSize * 4) break
    after = data[data.length - 1].id
  }

  const suspects = [...candidates.missing, ...candidates.orphaned, ...candidates.stale.keys()]
  const found: Found = { missing: new Set(), orphaned: new Set(), stale: new Map() }
  if (suspects.length) {
    await new Promise((resolve) => setTimeout(resolve, settleMs))
    for (const ids of chunk(suspects, pageSize))
      await compare(await list({ index: physical, definition, ids, limit: ids.length }), found, ids)
  }

  const drift = (ids: Iterable<string>): Drift => {
    const all = [...ids].sort()
    return { count: all.length, ids: all.slice(0, sample) }
  }
  const fields: Record<string, number> = {}
  for (const differing of found.stale.values()) for (const f of differing) fields[f] = (fields[f] ?? 0) + 1
  const check: IndexCheck = {
    index: "product",
    physical_index: physical,
    checked: { products, documents: inIndex.size },
    missing: drift(found.missing),
    orphaned: drift(found.orphaned),
    stale: { ...drift(found.stale.keys()), fields },
    in_sync: !found.missing.size && !found.orphaned.size && !found.stale.size,
    duration_ms: Date.now() - started,
  }
  return { check, drifting: [...found.missing, ...found.orphaned, ...found.stale.keys()] }
}

/**
 * The check, and with `repair` the drifting products written again through the index's own event path (the
 * `product.updated` event the index follows: the product's document is rebuilt and upserted, or deleted when the
 * product is gone), then the check again.
 */
export async function reconcileProductIndex(container: MedusaContainer, options: ReconcileOptions = {}): Promise<ReconcileResult> {
  const { check, drifting } = await checkProductIndex(container, options)
  if (!options.repair || check.in_sync) return check
  const started = Date.now()
  const search = container.resolve(Modules.SEARCH) as unknown as SearchModule
  // The ingestion waits for the engine to apply each write.
  for (const ids of chunk(drifting, options.pageSize ?? 500))
    await search.ingest({ name: "product.updated", data: ids.map((id) => ({ id })) })
  const duration_ms = Date.now() - started
  const { check: after } = await checkProductIndex(container, options)
  return { ...check, repair: { documents: drifting.length, duration_ms, after } }
}
