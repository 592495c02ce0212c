import type { SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, MultiSearchQuery, SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import { flattenFields } from "./fields"
import { compileFilters, SearchFilterError } from "./filters"
import { keepAliveClient, MeilisearchHttpError, MeilisearchUnavailableError } from "./http"
import { toMeilisearchSettings } from "./settings"
import { searchEngineDuration } from "../../observability/metrics"
import { SEARCH_CATCH_UP_MODULE } from "../search-catch-up"
import type SearchCatchUpModuleService from "../search-catch-up/service"
import { CACHE_TAGS } from "@bozor/shared"
import { revalidateStorefront } from "../../utils/storefront-revalidation"

export interface MeilisearchProviderOptions {
  host: string
  apiKey?: string
  /** Per-request timeout (ms). */
  timeout?: number
}

/** The Search Module is given the search_catch_up module as a dependency (medusa-config.ts). */
type Cradle = {
  [SEARCH_CATCH_UP_MODULE]?: SearchCatchUpModuleService
  logger?: { error(message: string): void; warn(message: string): void }
}

type Task = SearchTypes.SearchTask
type Query = SearchTypes.ProviderSearchQuery
type RangeFacet = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>

/** Search Module locales to Meilisearch's ISO 639-3 codes. */
const LOCALES: Record<string, string> = { "zh-CN": "zho", zh: "zho", en: "eng", ru: "rus" }

/** Top-level date fields of a definition: Meilisearch holds them as epoch milliseconds. */
const dateFields = (definition: SearchTypes.ResolvedSearchIndexDefinition) =>
  [...flattenFields(definition.fields)].filter(([path, f]) => f.type === "date" && !path.includes(".")).map(([p]) => p)

const enqueued = (index: string, taskUid: number): Task => ({ id: String(taskUid), index, status: "enqueued" })

/**
 * Meilisearch behind Medusa's Search Module: index settings from the index
 * definition, document writes as Meilisearch tasks, filters compiled to its
 * filter syntax, value/range/stats facets, highlights, and every query of a
 * request in one multi-search round trip.
 */
export default class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  private readonly connect: () => Promise<Meilisearch>
  private experimentalReady?: Promise<unknown>
  private readonly cradle: Cradle

  constructor(cradle: Cradle, options: MeilisearchProviderOptions) {
    super()
    this.cradle = cradle
    if (!options?.host) throw new Error("The Meilisearch search provider needs a `host` (MEILISEARCH_HOST).")
    let client: Promise<Meilisearch> | undefined
    // The client is an ES module; the backend compiles to CommonJS, so it is loaded with import().
    this.connect = () =>
      (client ??= import("meilisearch").then(
        ({ Meilisearch }) =>
          new Meilisearch({ host: options.host, apiKey: options.apiKey, httpClient: keepAliveClient(options.timeout ?? 5000) }),
      ))
  }

  /** Runs a call; an unreachable engine becomes a 503-class error, an engine refusal a 400 naming the cause. */
  private async call<T>(fn: () => Promise<T>, write = false): Promise<T> {
    try {
      return await fn()
    } catch (thrown) {
      // The meilisearch client wraps what its transport throws; the transport's error says what happened.
      const e = (thrown as { cause?: unknown })?.cause instanceof Error ? (thrown as { cause: Error }).cause : thrown
      if (e instanceof MeilisearchUnavailableError) {
        if (write) await this.recordMissedWrite()
        throw e
      }
      if (e instanceof MeilisearchHttpError && e.status < 500 && e.code.startsWith("invalid_search")) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Search: ${e.message}`)
      }
      throw thrown
    }
  }

  /**
   * The change itself is safe in PostgreSQL; its copy in the index is what is
   * missing. Recorded where every process sees it, so the search-catch-up job
   * of whichever process runs it rebuilds the index once Meilisearch answers.
   */
  private async recordMissedWrite() {
    try {
      await this.cradle[SEARCH_CATCH_UP_MODULE]?.recordMissedWrite("meilisearch")
    } catch (e) {
      this.cradle.logger?.error(`[search] A missed index write could not be recorded: ${(e as Error).message}`)
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<Task> {
    return this.call(async () => {
      // STARTS WITH in filters ($prefix) is an experimental feature in Meilisearch 1.21.
      const client = await this.connect()
      this.experimentalReady ??= client.updateExperimentalFeatures({ containsFilter: true }).catch((e) => {
        this.experimentalReady = undefined
        throw e
      })
      await this.experimentalReady
      const existing = await (await this.connect()).getRawIndexes({ limit: 1000 })
      if (!existing.results.some((i) => i.uid === index.physical_name)) {
        await (await this.connect()).createIndex(index.physical_name, { primaryKey: index.primary_key }).waitTask()
      }
      const task = await (await this.connect()).index(index.physical_name).updateSettings(toMeilisearchSettings(index) as never)
      return enqueued(index.physical_name, task.taskUid)
    }, true)
  }

  async deleteIndex({ index }: { index: string }): Promise<Task> {
    return this.call(async () => {
      try {
        return enqueued(index, (await (await this.connect()).deleteIndex(index)).taskUid)
      } catch (e) {
        if (e instanceof MeilisearchHttpError && e.code === "index_not_found") return { index, status: "succeeded" } as Task
        throw e
      }
    })
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return this.call(async () => {
      const [{ results }, stats] = await Promise.all([
        (await this.connect()).getRawIndexes({ limit: 1000 }),
        (await this.connect()).getStats(),
      ])
      return results.map((i) => ({
        name: i.uid,
        provider: MeilisearchSearchProvider.identifier,
        document_count: stats.indexes[i.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(i.createdAt),
        updated_at: new Date(i.updatedAt),
      }))
    })
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<Task> {
    // Dates are stored as epoch milliseconds, so that they filter and sort as numbers.
    const dates = dateFields(input.definition)
    const documents = input.documents.map((doc) => {
      if (!dates.length) return doc
      const copy: Record<string, unknown> = { ...doc }
      for (const field of dates) {
        const value = copy[field]
        if (value instanceof Date || typeof value === "string") copy[field] = new Date(value).getTime()
      }
      return copy as SearchTypes.SearchDocument
    })
    return this.call(async () => {
      const task = await (await this.connect()).index(input.index).addDocuments(documents, { primaryKey: input.definition.primary_key })
      return enqueued(input.index, task.taskUid)
    }, true)
  }

  /**
   * A page of the index's documents as they were given to `upsertDocuments` (dates back to ISO strings), in the
   * engine's storage order; or the documents with these ids. Not part of the Search Module's provider contract: the
   * index reconciliation (search/lib/reconcile.ts) reads the whole index with it, which a search cannot (Meilisearch
   * stops a search's pages at maxTotalHits).
   */
  async listDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    offset?: number
    limit: number
    ids?: string[]
  }): Promise<SearchTypes.SearchDocument[]> {
    const dates = dateFields(input.definition)
    const { results } = await this.call(async () =>
      (await this.connect())
        .index(input.index)
        .getDocuments(input.ids ? { ids: input.ids, limit: input.limit } : { offset: input.offset ?? 0, limit: input.limit }),
    )
    return results.map((doc) => {
      const copy: Record<string, unknown> = { ...doc }
      for (const field of dates) if (typeof copy[field] === "number") copy[field] = new Date(copy[field]).toISOString()
      return copy as SearchTypes.SearchDocument
    })
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<Task> {
    const keys = Object.keys(filters)
    const ids = filters.id
    // By id is a direct delete; anything else goes through a filter.
    if (keys.length === 1 && (typeof ids === "string" || (Array.isArray(ids) && ids.every((v) => typeof v === "string")))) {
      return this.call(async () => {
        const task = await (await this.connect()).index(index).deleteDocuments((Array.isArray(ids) ? ids : [ids]) as string[])
        return enqueued(index, task.taskUid)
      }, true)
    }
    const filter = this.compile(filters, { id: { type: "keyword", filterable: true } })
    return this.call(
      async () => enqueued(index, (await (await this.connect()).index(index).deleteDocuments({ filter: filter! })).taskUid),
      true,
    )
  }

  async clearIndex({ index }: { index: string }): Promise<Task> {
    return this.call(async () => enqueued(index, (await (await this.connect()).index(index).deleteAllDocuments()).taskUid), true)
  }

  async waitForTask(task: Task, options: { timeout_ms?: number } = {}): Promise<Task> {
    if (!task.id || task.status === "succeeded") return task
    const settled = await this.call(async () => {
      const done = await (await this.connect()).tasks.waitForTask(Number(task.id), { timeout: options.timeout_ms ?? 60_000, interval: 25 })
      return {
        id: task.id,
        index: task.index,
        status:
          done.status === "succeeded" ? "succeeded" : done.status === "failed" || done.status === "canceled" ? "failed" : "processing",
        ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
      } as Task
    })
    // The shop keeps search results until told they changed. The product events tell it at once, which can be
    // before Meilisearch has indexed the change (seconds on a busy host): a page rendered meanwhile would keep the
    // old results for minutes. A write the Search Module waits for is searchable now: tell the shop again.
    if (settled.status === "succeeded")
      await revalidateStorefront(this.cradle, [CACHE_TAGS.search], { reason: `search index write ${task.id}` })
    return settled
  }

  async search(input: Query): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One multi-search round trip for every query, range facets included (one counting query per range). */
  async searchMany(inputs: Query[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => this.plan(input))
    const queries = plans.flatMap((p) => [p.main, ...p.ranges.map((r) => r.query)])
    const timer = searchEngineDuration.startTimer()
    const { results } = await this.call(async () => (await this.connect()).multiSearch({ queries })).then(
      (answer) => (timer({ outcome: "ok" }), answer),
      (e) => {
        timer({ outcome: "error" })
        throw e
      },
    )
    let at = 0
    return plans.map((plan, i) => {
      const main = results[at++] as SearchResponse
      const ranges = plan.ranges.map((r) => ({ ...r, count: (results[at++] as SearchResponse).estimatedTotalHits ?? 0 }))
      return this.toResult(inputs[i], plan, main, ranges)
    })
  }

  private compile(filters: SearchTypes.SearchFilters | undefined, fields: Record<string, SearchTypes.SearchFieldDefinition>) {
    try {
      return compileFilters(filters, { fields })
    } catch (e) {
      if (e instanceof SearchFilterError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid search filter: ${e.message}`)
      throw e
    }
  }

  private plan(input: Query) {
    const { index, search_options: options = {}, pagination = {} } = input
    const fields = flattenFields(index.fields)
    const filter = this.compile(input.filters, index.fields)
    const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
    for (const facet of facets) {
      if (!fields.get(facet.field)?.facetable) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field "${facet.field}" is not facetable in search index "${index.name}"`)
      }
    }
    const order = Object.entries(pagination.order ?? {})
    for (const [field] of order) {
      if (!fields.get(field)?.sortable) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field "${field}" is not sortable in search index "${index.name}"`)
      }
    }
    const highlight = options.highlight
    const highlightFields = highlight === true ? ["*"] : highlight ? highlight.fields : undefined
    const snippet = highlight && highlight !== true ? highlight.snippet : undefined
    const take = pagination.take ?? 20
    const skip = pagination.skip ?? 0
    const q = input.q ?? (typeof input.filters?.q === "string" ? input.filters.q : undefined)
    const locales = (options.locales ?? []).map((l) => LOCALES[l] ?? l)

    const main: MultiSearchQuery = {
      indexUid: index.physical_name,
      q: q ?? "",
      ...(filter ? { filter } : {}),
      ...(options.count === "exact" && skip % take === 0 ? { hitsPerPage: take, page: skip / take + 1 } : { offset: skip, limit: take }),
      ...(order.length ? { sort: order.map(([f, dir]) => `${f}:${dir.toLowerCase()}`) } : {}),
      ...(facets.some((f) => f.type !== "range") ? { facets: facets.filter((f) => f.type !== "range").map((f) => f.field) } : {}),
      ...(input.attributes_to_retrieve?.length ? { attributesToRetrieve: input.attributes_to_retrieve } : {}),
      ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
      ...(options.match_strategy
        ? {
            matchingStrategy: (options.match_strategy === "any"
              ? "frequency"
              : options.match_strategy) as MultiSearchQuery["matchingStrategy"],
          }
        : {}),
      ...(options.distinct ? { distinct: options.distinct } : {}),
      ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
      ...(options.include_score ? { showRankingScore: true } : {}),
      ...(locales.length ? { locales: locales as never } : {}),
      ...(highlightFields
        ? {
            attributesToHighlight: highlightFields,
            highlightPreTag: (highlight as SearchTypes.SearchHighlightOptions).pre_tag ?? "<mark>",
            highlightPostTag: (highlight as SearchTypes.SearchHighlightOptions).post_tag ?? "</mark>",
          }
        : {}),
      ...(snippet ? { attributesToCrop: highlightFields, cropLength: typeof snippet === "object" ? snippet.length : 20 } : {}),
    }
    const ranges = facets
      .filter((f): f is RangeFacet => f.type === "range")
      .flatMap((facet) =>
        facet.ranges.map((range) => {
          const bounds = [
            range.from !== undefined ? `${facet.field} >= ${Number(range.from)}` : "",
            range.to !== undefined ? `${facet.field} < ${Number(range.to)}` : "",
          ].filter(Boolean)
          const key = range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
          const rangeFilter = [filter ? `(${filter})` : "", ...bounds].filter(Boolean).join(" AND ")
          return {
            field: facet.field,
            key,
            from: range.from,
            to: range.to,
            query: {
              indexUid: index.physical_name,
              q: q ?? "",
              limit: 0,
              ...(rangeFilter ? { filter: rangeFilter } : {}),
            } as MultiSearchQuery,
          }
        }),
      )
    return { main, ranges, facets, take, skip, q }
  }

  private toResult(
    input: Query,
    plan: ReturnType<MeilisearchSearchProvider["plan"]>,
    response: SearchResponse,
    ranges: { field: string; key: string; from?: number | string; to?: number | string; count: number }[],
  ): SearchTypes.SearchResult {
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const facet of plan.facets) {
      if (facet.type === "range") {
        facets[facet.field] = { type: "range", ranges: ranges.filter((r) => r.field === facet.field).map(({ field: _f, ...r }) => r) }
      } else if (facet.type === "stats") {
        const stats = response.facetStats?.[facet.field]
        facets[facet.field] = {
          type: "stats",
          min: stats?.min ?? 0,
          max: stats?.max ?? 0,
          count: response.estimatedTotalHits ?? response.totalHits ?? 0,
        }
      } else {
        const distribution = Object.entries(response.facetDistribution?.[facet.field] ?? {}).map(([value, count]) => ({ value, count }))
        distribution.sort((a, b) => (facet.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count))
        facets[facet.field] = { type: "value", values: facet.limit ? distribution.slice(0, facet.limit) : distribution }
      }
    }
    const primaryKey = input.index.primary_key
    return {
      hits: response.hits.map((hit) => {
        const { _formatted, _rankingScore, _matchesPosition, ...document } = hit as Record<string, any>
        const highlights = _formatted
          ? Object.fromEntries(
              Object.entries(_formatted as Record<string, unknown>)
                .filter(([field, v]) => typeof v === "string" && v.includes(plan.main.highlightPreTag ?? "<mark>") && field !== primaryKey)
                .map(([field, v]) => [field, [v as string]]),
            )
          : undefined
        return {
          id: String(document[primaryKey]),
          ...(_rankingScore !== undefined ? { score: _rankingScore } : {}),
          document,
          ...(highlights && Object.keys(highlights).length ? { highlights } : {}),
        }
      }),
      facets,
      metadata: {
        skip: plan.skip,
        take: plan.take,
        count: response.totalHits ?? response.estimatedTotalHits ?? null,
        ...(plan.q ? { query: plan.q } : {}),
        processing_time_ms: response.processingTimeMs,
      },
    }
  }
}
