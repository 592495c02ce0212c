/**
 * Search side by side: the same product index definition served by Bozor's
 * Meilisearch provider (`product`) and by Medusa's PostgreSQL provider
 * (`product_pg`, added by a benchmark-only copy of the backend: search-baseline.ts),
 * both through POST /store/search, on one stack with N synthetic products on top of the
 * seeded catalog: latency p50/p95/p99 of a mixed query set at concurrency 1 and
 * 16, throughput, full reindex time, the delay from a product update to the
 * change being searchable, and the relevance suite's score.
 *
 *   npm run bench -- search [--products 10000] [--requests 400] [--baseline-requests N] [--reuse]
 *
 * --baseline-requests: fewer requests for the PostgreSQL provider (at 100k one
 * of its searches takes seconds); --reuse: keep the previous run's products.
 */
import { rmSync } from "node:fs"
import path from "node:path"
import { SEARCH_HIT_FIELDS } from "../storefront/lib/medusa/search-fields"
import { percentile, saveResults } from "./lib"
import { SEARCH_PRICE_FIELDS } from "@bozor/shared"

const ROOT = path.resolve(__dirname, "..")
const DATA = ".data/bench-search"
/** Ports of its own, so it runs beside `npm start`; BENCH_*_PORT move them. */
const PORTS = {
  POSTGRES_PORT: process.env.BENCH_POSTGRES_PORT ?? "5492",
  MEILISEARCH_PORT: process.env.BENCH_MEILISEARCH_PORT ?? "7704",
  PORT: process.env.BENCH_BACKEND_PORT ?? "9004",
  STOREFRONT_PORT: process.env.BENCH_STOREFRONT_PORT ?? "8004",
}

/** Chinese, English, pinyin, typo and faceted searches, as buyers mix them. */
const QUERY_MIX: { q: string; facets?: boolean; filters?: Record<string, unknown> }[] = [
  { q: "蜂蜜" },
  { q: "杏干" },
  { q: "核桃" },
  { q: "皮鞋" },
  { q: "葡萄干" },
  { q: "honey" },
  { q: "walnuts" },
  { q: "leather belt" },
  { q: "dried apricots" },
  { q: "fengmi" },
  { q: "xinggan" },
  { q: "fm" },
  { q: "aprikot" },
  { q: "walnts" },
  { q: "leathr" },
  { q: "", facets: true, filters: { origin_region: "samarkand" } },
  { q: "honey", facets: true, filters: { in_stock: true, price: { $lt: 200 } } },
]

const FACETS = [
  "categories",
  "origin_region",
  "exporter",
  "certificates",
  "fulfilment_modes",
  "in_stock",
  { field: "price", type: "stats" },
]

/** Meilisearch counts hits up to its maxTotalHits. */
const MEILISEARCH_MAX_TOTAL_HITS = 10_000

/** Measured updates (after one first write to the new index version). */
const UPDATES = 40

const round = (n: number) => Math.round(n * 100) / 100

export default async function searchBench(argv: string[]) {
  const arg = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback)
  const products = arg("--products", 10_000)
  const requests = arg("--requests", 400)
  const requestsFor = { meilisearch: requests, postgres: arg("--baseline-requests", requests) }
  // --reuse keeps the data folder of a previous run (its synthetic products) instead of generating them again.
  const reuse = argv.includes("--reuse")
  if (!reuse) rmSync(path.join(ROOT, DATA), { recursive: true, force: true })
  const env = { ...process.env, BOZOR_DATA_DIR: DATA, ...PORTS, DATABASE_URL: "", MEILISEARCH_HOST: "", REDIS_URL: "" }
  Object.assign(process.env, env)

  const { configFromEnv, backendUrl } = await import("../scripts/lib/config")
  const { startBaselineStack } = await import("./search-baseline")
  const { medusaExec } = await import("../scripts/lib/exec")
  const config = configFromEnv(env)
  console.log("Starting the stack (both search providers)…")
  const stack = await startBaselineStack(config)
  const baseUrl = backendUrl(config)
  Object.assign(process.env, {
    BOZOR_TEST_BACKEND_URL: baseUrl,
    BOZOR_TEST_PUBLISHABLE_KEY: stack.publishableKey,
    BOZOR_TEST_DATABASE_URL: stack.backend.databaseUrl,
    BOZOR_TEST_DATA_DIR: config.dataDir,
    BOZOR_TEST_MEDUSA_ENV: "{}",
  })
  const { adminClient } = await import("../backend/test/shop")
  const { RELEVANCE_CASES } = await import("../backend/test/search-cases")

  const search = async (entity: string, body: Record<string, unknown>) => {
    const t0 = performance.now()
    const res = await fetch(`${baseUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: JSON.stringify({ entity, ...body }),
    })
    const json: any = await res.json()
    if (!res.ok) throw new Error(`${entity} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(json)}`)
    return { ms: performance.now() - t0, result: json.results[0] }
  }
  const mixBody = (i: number) => {
    const m = QUERY_MIX[i % QUERY_MIX.length]
    // As the shop asks: the fields a product card shows, facets on filtered listings.
    return {
      fields: [...SEARCH_HIT_FIELDS, SEARCH_PRICE_FIELDS.cny],
      filters: { q: m.q, ...(m.filters ?? {}) },
      pagination: { take: 20 },
      ...(m.facets ? { search_options: { facets: FACETS } } : {}),
    }
  }
  // Meilisearch counts hits up to maxTotalHits (10,000): the documents of its newest product index come from its stats.
  const meili = stack.backend.search
  const meiliDocuments = async () => {
    const res = await fetch(`${meili.host}/stats`, { headers: meili.apiKey ? { authorization: `Bearer ${meili.apiKey}` } : {} })
    const { indexes } = (await res.json()) as { indexes: Record<string, { numberOfDocuments: number }> }
    const version = (uid: string) => Number(/^product_v(\d+)$/.exec(uid)?.[1] ?? -1)
    const newest = Object.keys(indexes)
      .filter((uid) => version(uid) >= 0)
      .sort((a, b) => version(a) - version(b))
      .pop()
    return newest ? indexes[newest].numberOfDocuments : 0
  }
  const served = async (entity: string) =>
    (await search(entity, { filters: { q: "" }, pagination: { take: 1 } })).result.metadata.count as number
  const count = async (entity: string) => (entity === "product" ? meiliDocuments() : served(entity))
  const found = async (entity: string, q: string) =>
    (await search(entity, { filters: { q }, pagination: { take: 1 } })).result.hits.length > 0
  /** Milliseconds from t0 until `done` answers true, polling every `everyMs`; past `limitMs` it fails with `failure`. */
  const timeUntil = async (
    t0: number,
    done: () => Promise<boolean>,
    { everyMs, limitMs, failure }: { everyMs: number; limitMs: number; failure: string },
  ) => {
    while (!(await done())) {
      if (performance.now() - t0 > limitMs) throw new Error(failure)
      await new Promise((r) => setTimeout(r, everyMs))
    }
    return performance.now() - t0
  }

  try {
    if (!reuse) {
      console.log(`Adding ${products} synthetic products…`)
      const started = Date.now()
      // Search follows no events while the loader runs; both indexes are rebuilt again and timed below.
      await medusaExec(stack.backend, "../seed/src/load.ts", [`synthetic=${products}`])
      console.log(`  ${round(products / ((Date.now() - started) / 1000))} products/s`)
    }

    // The floor under every search figure: a store route that runs the same middleware chain (publishable key,
    // session, logging) and one small read, without search. What search adds is the difference.
    const control = await storeRouteFloor(baseUrl, stack.publishableKey, requests)
    console.log(`Control, GET /store/regions at c1: ${JSON.stringify(control)}`)

    const admin = await adminClient()
    const { count: productsTotal } = await admin.admin.product.list({ limit: 1, fields: "id" })
    const results: Record<string, any> = {
      products_total: productsTotal,
      control_store_regions_c1: control,
      query_mix: QUERY_MIX.map((m) => (m.filters ? `${m.q} [facets ${JSON.stringify(m.filters)}]`.trim() : m.q)),
    }
    for (const [label, entity] of [
      ["meilisearch", "product"],
      ["postgres", "product_pg"],
    ] as const) {
      console.log(`\n${label}: reindex`)
      const reindexStart = Date.now()
      await stack.exec("./src/scripts/reindex.ts", [entity])
      const reindexSeconds = (Date.now() - reindexStart) / 1000
      // The backend caches which index version serves reads (stale for up to 30 s, never past 2 min): the searches
      // below wait until it serves the version just built, which holds every product (Meilisearch counts hits only up
      // to its maxTotalHits), not the one from before the synthetic products.
      const servedAfter = await timeUntil(
        performance.now(),
        async () => (await served(entity)) >= Math.min(productsTotal, MEILISEARCH_MAX_TOTAL_HITS),
        {
          everyMs: 500,
          limitMs: 180_000,
          failure: `${entity}: the backend still serves the old index version after 3 minutes`,
        },
      )
      const documents = await count(entity)
      console.log(
        `  ${documents} documents in ${round(reindexSeconds)} s; served by the backend ${round(servedAfter / 1000)} s after the rebuild`,
      )

      // Warm-up, then concurrency 1 and 16.
      for (let i = 0; i < QUERY_MIX.length * 2; i++) await search(entity, mixBody(i))
      const figures: Record<string, unknown> = { documents, reindex_s: round(reindexSeconds) }
      const total = requestsFor[label]
      for (const concurrency of [1, 16]) {
        const times: number[] = []
        const byQuery = QUERY_MIX.map(() => [] as number[])
        let next = 0
        const t0 = performance.now()
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next < total) {
              const i = next++
              const { ms } = await search(entity, mixBody(i))
              times.push(ms)
              byQuery[i % QUERY_MIX.length].push(ms)
            }
          }),
        )
        const elapsed = (performance.now() - t0) / 1000
        const sorted = times.sort((a, b) => a - b)
        figures[`c${concurrency}`] = {
          requests: total,
          p50_ms: round(percentile(sorted, 50)),
          p95_ms: round(percentile(sorted, 95)),
          p99_ms: round(percentile(sorted, 99)),
          throughput_rps: round(total / elapsed),
        }
        console.log(`  concurrency ${concurrency}: ${JSON.stringify(figures[`c${concurrency}`])}`)
        // Which searches make the tail: p50/p95 per query of the mix.
        figures[`c${concurrency}_by_query`] = Object.fromEntries(
          byQuery.map((ms, i) => {
            const s = ms.sort((a, b) => a - b)
            return [results.query_mix[i], { p50_ms: round(percentile(s, 50)), p95_ms: round(percentile(s, 95)) }]
          }),
        )
      }

      // Update → searchable, one update at a time on an idle index: each measured update waits until the previous
      // one's restore is searchable too (back to back, the next update would wait in the queue behind it). The
      // first write after the rebuild is timed apart: the new index version's first commit is the slowest.
      const { products: sample } = await admin.admin.product.list({ limit: UPDATES + 1, offset: 40, fields: "id,title" })
      const poll = { everyMs: 10, limitMs: 30_000, failure: `${entity}: an update was not searchable within 30 s` }
      const delays: number[] = []
      let firstWrite = 0
      for (const [i, product] of sample.entries()) {
        const token = `zq${label}${i}x${Date.now().toString(36)}`
        const t0 = performance.now()
        await admin.admin.product.update(product.id, { title: `${product.title} ${token}` })
        const delay = await timeUntil(t0, () => found(entity, token), poll)
        if (i === 0) firstWrite = delay
        else delays.push(delay)
        await admin.admin.product.update(product.id, { title: product.title })
        await timeUntil(performance.now(), async () => !(await found(entity, token)), poll)
      }
      const sortedDelays = delays.sort((a, b) => a - b)
      figures.update_to_searchable = {
        updates: delays.length,
        p50_ms: round(percentile(sortedDelays, 50)),
        p95_ms: round(percentile(sortedDelays, 95)),
        max_ms: round(sortedDelays[sortedDelays.length - 1]),
        first_write_after_rebuild_ms: round(firstWrite),
      }
      console.log(`  update → searchable: ${JSON.stringify(figures.update_to_searchable)}`)

      let passed = 0
      const failed: string[] = []
      for (const c of RELEVANCE_CASES) {
        const hits: string[] = (await search(entity, { filters: { q: c.q }, pagination: { take: 10 } })).result.hits.map(
          (h: any) => h.document.handle,
        )
        const first = hits.slice(0, c.within ?? 3)
        const ok = (!c.top || first.some((h) => c.top!.includes(h))) && (!c.all || c.all.every((h) => first.includes(h)))
        if (ok) passed++
        else failed.push(c.q)
      }
      figures.relevance = { passed, cases: RELEVANCE_CASES.length, score: round(passed / RELEVANCE_CASES.length), failed }
      console.log(`  relevance: ${passed}/${RELEVANCE_CASES.length}`)
      results[label] = figures
    }
    const m = results.meilisearch
    const p = results.postgres
    results.speedup_p95 = { c1: round(p.c1.p95_ms / m.c1.p95_ms), c16: round(p.c16.p95_ms / m.c16.p95_ms) }
    console.log(`\nMeilisearch is ${results.speedup_p95.c1}× (c1) and ${results.speedup_p95.c16}× (c16) faster at p95`)
    saveResults(`search-${products}`, results)
  } finally {
    await stack.supervisor.stopAll()
  }
}

/** Latency of GET /store/regions at concurrency 1, after a warm-up: Medusa's cost for any store request here. */
async function storeRouteFloor(baseUrl: string, publishableKey: string, requests: number) {
  const times: number[] = []
  for (let i = 0; i < requests + 40; i++) {
    const t0 = performance.now()
    const res = await fetch(`${baseUrl}/store/regions`, { headers: { "x-publishable-api-key": publishableKey } })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`GET /store/regions: ${res.status}`)
    if (i >= 40) times.push(performance.now() - t0)
  }
  const sorted = times.sort((a, b) => a - b)
  return { requests, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) }
}
