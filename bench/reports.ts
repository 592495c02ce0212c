/**
 * `npm run bench -- reports [--url http://localhost:9000] [--orders 100000] [--requests 20]`: the consulate's sales
 * reports over many orders, against a running shop (`npm start`, run with the same BOZOR_DATA_DIR and ports). Tops
 * the shop up to --orders synthetic placed orders with orders-loader.ts inside Medusa (bulk SQL into Medusa's own
 * order tables: see that file for what an order holds and why), then, signed in as the demo consulate staff member,
 * measures GET /consulate/reports latency p50/p95/p99 at concurrency 1: the default period (the last 30 days), the
 * last 365 days (every synthetic order), a campaign's report (the consulate campaign with the most redemptions) and
 * the year's CSV export. The orders stay in the shop: run it on a data folder of its own.
 */
import { parseArgs } from "node:util"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { saveResults, SHARED_HOST_NOTE, summary } from "./lib"

const DAY = 24 * 3600_000

export default async function reportsBench(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string", default: "http://localhost:9000" },
      orders: { type: "string", default: "100000" },
      requests: { type: "string", default: "20" },
    },
  })
  const base = values.url!.replace(/\/$/, "")
  const orders = Number(values.orders)
  const requests = Number(values.requests)
  const signIn = await fetch(`${base}/auth/consulate/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.consulate.email, password: DEMO_LOGINS.consulate.password }),
  })
  if (!signIn.ok)
    throw new Error(`Signing in as ${DEMO_LOGINS.consulate.email} answered ${signIn.status}: is the shop running with its demo data?`)
  const { token } = (await signIn.json()) as { token: string }
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })
    const body = await res.text()
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${body}`)
    return body
  }

  console.log(`Topping the shop up to ${orders} synthetic orders inside Medusa…`)
  const started = Date.now()
  const { withServices, medusaExec } = await import("../scripts/lib/exec")
  await withServices((rt) => medusaExec(rt, "../bench/orders-loader.ts", [`orders=${orders}`]))
  // The whole step, `medusa exec`'s own start included; seconds only when the shop had its orders already.
  const topUpSeconds = Math.round((Date.now() - started) / 100) / 10

  const year = { from: new Date(Date.now() - 365 * DAY).toISOString(), to: new Date().toISOString() }
  const yearReport = JSON.parse(await get(`/consulate/reports?from=${year.from}&to=${year.to}`))
  // The campaign whose report has the most to count.
  const { campaigns } = JSON.parse(await get("/consulate/campaigns?limit=100")) as { campaigns: { id: string; name: string }[] }
  let campaign: { id: string; name: string; orders: number; redemptions: number } | null = null
  for (const c of campaigns) {
    const { totals } = JSON.parse(await get(`/consulate/reports?campaign_id=${c.id}`))
    if (!campaign || totals.orders > campaign.orders)
      campaign = { id: c.id, name: c.name, orders: totals.orders, redemptions: totals.redemptions }
  }
  const cases: Record<string, string> = {
    last_30_days: "/consulate/reports",
    last_365_days: `/consulate/reports?from=${year.from}&to=${year.to}`,
    ...(campaign ? { campaign_report: `/consulate/reports?campaign_id=${campaign.id}` } : {}),
    last_365_days_csv: `/consulate/reports?from=${year.from}&to=${year.to}&format=csv`,
  }
  const results: Record<string, unknown> = {
    note: SHARED_HOST_NOTE,
    data: `${yearReport.totals.orders} placed orders in the last 365 days (synthetic, written by bench/orders-loader.ts straight into Medusa's order tables in bulk SQL: about 20,000 guest buyers, one to three lines of the shop's published products at their yuan prices, 3 % canceled, 30 % of lines with one of the shop's promotions that ran at the time); the report runs its real queries (backend/src/utils/consulate-report.ts)`,
    top_up_s: topUpSeconds,
    year_totals: yearReport.totals,
    campaign,
    requests_per_case: requests,
    concurrency: 1,
  }
  for (const [name, path] of Object.entries(cases)) {
    await get(path) // warm-up
    const times: number[] = []
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now()
      await get(path)
      times.push(performance.now() - t0)
    }
    const { p50_ms, p95_ms, p99_ms } = summary(times)
    results[name] = { p50_ms, p95_ms, p99_ms }
    console.log(`  ${name}: ${JSON.stringify(results[name])}`)
  }
  saveResults(`reports-${orders}`, results)
}
