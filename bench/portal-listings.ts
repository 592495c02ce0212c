/**
 * `npm run bench -- portal-listings [--url http://localhost:9000] [--products 10000] [--requests 200] [--stock-requests N] [--via loader|api] [--concurrency 4]`:
 * the partner portal's listing API with many products of one exporter, against a running shop (`npm start`, run with
 * the same BOZOR_DATA_DIR and ports). Signs in as the demo exporter and tops its listings up to --products drafts:
 * by default with exporter-listings-loader.ts inside Medusa (`medusa exec` on the running shop's database: the seed's
 * synthetic products through createProductsWorkflow, a hundred a run, linked to the exporter with draft review
 * records, about 10,000 in minutes); `--via api` writes them one at a time through the partner API itself
 * (POST /exporter/products: the listing workflow, as a person would; --concurrency of them at once, slow). Then
 * measures GET /exporter/products latency p50/p95/p99 at concurrency 1 for what the portal asks: the first page, a
 * deep page, a text search (one listing's number; a word most titles hold), a state filter and the order by title.
 * Also the exporter's stock page (GET /exporter/stock), which the database filters, orders and pages.
 */
import { parseArgs } from "node:util"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { percentile, saveResults, SHARED_HOST_NOTE } from "./lib"

const round = (n: number) => Math.round(n * 10) / 10

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string", default: "http://localhost:9000" },
      products: { type: "string", default: "10000" },
      requests: { type: "string", default: "200" },
      concurrency: { type: "string", default: "4" },
      via: { type: "string", default: "loader" },
      // Fewer requests of the stock page, if it is slow (it took seconds each at 10,000 products when it was paged in memory).
      "stock-requests": { type: "string" },
    },
  })
  const base = values.url!.replace(/\/$/, "")
  const wanted = Number(values.products)
  const requests = Number(values.requests)
  const signIn = await fetch(`${base}/auth/exporter/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_LOGINS.exporter),
  })
  if (!signIn.ok)
    throw new Error(`Signing in as ${DEMO_LOGINS.exporter.email} answered ${signIn.status}: is the shop running with its demo data?`)
  const { token } = (await signIn.json()) as { token: string }
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<any>
  }

  const { count: have } = await api("GET", "/exporter/products?limit=1")
  let toppedUp: Record<string, unknown> | null = null
  if (have < wanted && values.via === "loader") {
    const { exporter } = await api("GET", "/exporter/me")
    console.log(`Adding ${wanted - have} synthetic draft listings to ${exporter.name} inside Medusa…`)
    const started = Date.now()
    const { withServices, medusaExec } = await import("../scripts/lib/exec")
    await withServices((rt) => medusaExec(rt, "../bench/exporter-listings-loader.ts", [`exporter=${exporter.id}`, `add=${wanted - have}`]))
    const seconds = (Date.now() - started) / 1000
    toppedUp = {
      via: "createProductsWorkflow in medusa exec, 100 products a run (bench/exporter-listings-loader.ts)",
      listings: wanted - have,
      seconds: round(seconds),
      listings_per_s: round((wanted - have) / seconds),
    }
  } else if (have < wanted) {
    console.log(`Creating ${wanted - have} draft listings (the exporter has ${have})…`)
    const started = Date.now()
    let next = have
    const worker = async () => {
      while (next < wanted) {
        const n = next++
        await api("POST", "/exporter/products", {
          content: {
            "zh-CN": { title: `基准杏干 ${String(n).padStart(6, "0")}号` },
            en: { title: `Bench apricots No. ${String(n).padStart(6, "0")}` },
            ru: { title: `Курага № ${String(n).padStart(6, "0")}` },
          },
          options: [{ title: "Weight", values: ["250 g"] }],
          variants: [{ title: "250 g", sku: `BENCH-${n}`, options: { Weight: "250 g" }, price_cny: 10 + (n % 90) }],
        })
        if (n % 500 === 0) console.log(`  ${n}`)
      }
    }
    await Promise.all(Array.from({ length: Number(values.concurrency) }, worker))
    const seconds = (Date.now() - started) / 1000
    console.log(`  ${round((wanted - have) / seconds)} listings/s`)
    toppedUp = {
      via: `POST /exporter/products, ${values.concurrency} at once`,
      listings: wanted - have,
      seconds: round(seconds),
      listings_per_s: round((wanted - have) / seconds),
    }
  }

  const cases: Record<string, string> = {
    first_page: "/exporter/products?limit=20",
    deep_page: `/exporter/products?limit=20&offset=${Math.max(0, wanted - 40)}`,
    search: "/exporter/products?q=000777&limit=20",
    search_common_word: "/exporter/products?q=apricots&limit=20",
    status_draft: "/exporter/products?status=draft&limit=20",
    order_title: "/exporter/products?order=title&limit=20",
    stock_page: "/exporter/stock?limit=50",
  }
  const { count } = await api("GET", "/exporter/products?limit=1")
  const results: Record<string, unknown> = {
    note: SHARED_HOST_NOTE,
    products_of_exporter: count,
    requests_per_case: requests,
    concurrency: 1,
    ...(toppedUp ? { topped_up: toppedUp } : {}),
  }
  const stockRequests = Number(values["stock-requests"] ?? requests)
  if (stockRequests !== requests) results.requests_stock_page = stockRequests
  for (const [name, path] of Object.entries(cases)) {
    const { count: matched } = await api("GET", path) // warm-up
    const times: number[] = []
    for (let i = 0; i < (name === "stock_page" ? stockRequests : requests); i++) {
      const t0 = performance.now()
      await api("GET", path)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    results[name] = {
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      p99_ms: round(percentile(times, 99)),
      matched,
    }
    console.log(`  ${name}: ${JSON.stringify(results[name])}`)
  }
  saveResults(`portal-listings-${count}`, results)
}
