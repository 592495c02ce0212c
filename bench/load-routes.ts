/**
 * The shop under load, one process of each (`npm start`) against the cluster (`npm start -- --cluster`: two Medusa
 * servers and a worker on Redis, two storefront instances, HAProxy), on the same machine and data, one after the
 * other: requests per second, latency (p50, p90, p97.5, p99) and errors per route class, from autocannon at a fixed
 * concurrency, each route for a fixed time after a warm-up. Guests' pages come from the page cache; the sorted
 * category is rendered per request; the store API's product list and search hit Medusa (and Meilisearch).
 *
 * One route at a time, to see what each costs; `npm run bench -- load` runs the realistic mix with faults.
 *
 *   npm run bench -- load-routes [--duration 20] [--connections 10] [--only single|cluster]
 */
import os from "node:os"
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import { saveResults, stopChild } from "./lib"
import { API, SHOP, startShop } from "./load-stack"

type Route = { name: string; url: string; method?: "GET" | "POST"; body?: string; api?: boolean }

const ROUTES: Route[] = [
  { name: "page_home", url: `${SHOP}/zh-CN` },
  { name: "page_product", url: `${SHOP}/zh-CN/products/white-acacia-honey` },
  { name: "page_search", url: `${SHOP}/zh-CN/search?q=${encodeURIComponent("蜂蜜")}` },
  { name: "page_category_sorted", url: `${SHOP}/zh-CN/categories/honey?sort=price_asc` },
  { name: "api_products", url: `${API}/store/products?limit=12&fields=id,title,handle`, api: true },
  {
    name: "api_search",
    url: `${API}/store/search`,
    method: "POST",
    body: JSON.stringify({ entity: "product", filters: { q: "honey" }, pagination: { take: 12 } }),
    api: true,
  },
]

function load(route: Route, publishableKey: string, connections: number, duration: number) {
  return autocannon({
    url: route.url,
    method: route.method ?? "GET",
    body: route.body,
    headers: route.api ? { "content-type": "application/json", "x-publishable-api-key": publishableKey } : {},
    connections,
    duration,
  })
}

async function measure(cluster: boolean, connections: number, duration: number) {
  const label = cluster ? "cluster" : "single"
  console.log(`\n${label}: starting the shop…`)
  const { child, publishableKey } = await startShop(cluster)
  // The machine's load as the measuring starts: figures taken beside other work on the same cores are not comparable.
  const routes: Record<string, unknown> = { load_average_1m_before: Number(os.loadavg()[0].toFixed(1)) }
  try {
    for (const route of ROUTES) {
      await load(route, publishableKey, connections, 3) // warm-up: the page cache and connections
      const r = await load(route, publishableKey, connections, duration)
      const figures = {
        requests_per_s: Math.round(r.requests.average),
        p50_ms: r.latency.p50,
        p90_ms: r.latency.p90,
        p97_5_ms: r.latency.p97_5,
        p99_ms: r.latency.p99,
        requests: r.requests.total,
        errors: r.errors + r.timeouts,
        non_2xx: r.non2xx,
      }
      routes[route.name] = figures
      console.log(
        `  ${route.name.padEnd(22)} ${String(figures.requests_per_s).padStart(5)} req/s  p50 ${figures.p50_ms} ms  p97.5 ${figures.p97_5_ms} ms  p99 ${figures.p99_ms} ms  errors ${figures.errors}  non-2xx ${figures.non_2xx}`,
      )
    }
  } finally {
    await stopChild(child)
  }
  return routes
}

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { duration: { type: "string", default: "20" }, connections: { type: "string", default: "10" }, only: { type: "string" } },
    strict: true,
  })
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  if (!(duration > 0) || !(connections > 0)) throw new Error("--duration (seconds) and --connections must be positive numbers")
  const topologies = values.only ? [values.only] : ["single", "cluster"]
  if (topologies.some((t) => t !== "single" && t !== "cluster")) throw new Error(`--only must be single or cluster, got "${values.only}"`)
  const results: Record<string, unknown> = {}
  for (const topology of topologies) results[topology] = await measure(topology === "cluster", connections, duration)
  saveResults("load-routes", {
    connections,
    duration_s: duration,
    note: "Each route alone for its duration after a 3 s warm-up; the load generator (autocannon) runs on the same 2-core machine as the shop.",
    ...results,
  })
}
