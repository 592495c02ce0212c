/**
 * `npm run bench -- campaigns [--url http://localhost:9000] [--storefront http://localhost:8000] [--requests 200] [--rounds 3] [--starts 4]`:
 * what the consulate's campaigns cost the shop and how fast a scheduled one reaches it, against a running shop
 * (`npm start`), signed in as the demo consulate staff member and doing what the console does (its /consulate routes:
 * a Medusa campaign, a 10 % code promotion on its products, a published campaign page with a hero picture, four
 * featured products and their exporters).
 *
 * 1. The home page as bench/storefront.ts measures it (a guest served from the page cache, concurrency 10: time to
 *    first byte and to the whole document, p50/p95) with no campaign running (the running ones are unpublished for
 *    the while) and with three, alternately for --rounds rounds (this host is shared: load falls on both alike);
 *    the figures pool every round's requests, with each round's p95 beside them.
 * 2. From a scheduled start to the banner served: one page at a time is published ahead of its start, the starts
 *    spread over the minute (seconds 5, 20, 35, 50 by default); from its publication on, the guest home page is asked
 *    every POLL_MS (as visitors keep doing) until it names the campaign; served before the start is an error. The backend's campaign-boundaries job runs at each minute and expires the
 *    shop's campaign reads, so the delay is the wait for the next run plus the job and one render (`after_job_ms`).
 *
 * When it ends, every campaign page it made is ended and the pages it unpublished are published again.
 */
import http from "node:http"
import { parseArgs } from "node:util"
import { DEMO_LOGINS } from "../seed/src/demo-logins"
import { getPage, saveResults, SHARED_HOST_NOTE, summary } from "./lib"

const HOME = "/zh-CN"
const POLL_MS = 250
/** A start is served within a minute and a render; past this the bench gives up on it. */
const START_LIMIT_MS = 150_000
const CHANGE_LIMIT_MS = 90_000
const MINUTE = 60_000

type Page = {
  id: string
  status: string
  starts_at: string
  ends_at: string
  title: { "zh-CN": string; en: string }
  hero_image_url: string | null
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))

async function consulateClient(base: string) {
  const signIn = await fetch(`${base}/auth/consulate/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGINS.consulate.email, password: DEMO_LOGINS.consulate.password }),
  })
  if (!signIn.ok)
    throw new Error(`Signing in as ${DEMO_LOGINS.consulate.email} answered ${signIn.status}: is the shop running with its demo data?`)
  const { token } = (await signIn.json()) as { token: string }
  return async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return res.json() as Promise<T>
  }
}

export default async function campaignsBench(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string", default: "http://localhost:9000" },
      storefront: { type: "string", default: "http://localhost:8000" },
      requests: { type: "string", default: "200" },
      starts: { type: "string", default: "4" },
      rounds: { type: "string", default: "3" },
    },
  })
  const base = values.url!.replace(/\/$/, "")
  const shop = values.storefront!.replace(/\/$/, "")
  const requests = Number(values.requests)
  const starts = Number(values.starts)
  const rounds = Number(values.rounds)
  const api = await consulateClient(base)
  const tag = Date.now().toString(36)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 })
  const home = () => getPage(shop + HOME, agent)

  /** Polls the guest home page until `holds` answers true for its HTML; the milliseconds it took. */
  const homeUntil = async (holds: (html: string) => boolean, limitMs: number, what: string) => {
    const t0 = performance.now()
    while (!holds((await home()).body)) {
      if (performance.now() - t0 > limitMs) throw new Error(`The home page did not ${what} within ${limitMs / 1000} s`)
      await sleep(POLL_MS)
    }
    return performance.now() - t0
  }

  type Sample = { ttfb: number; complete: number; cache: string | undefined }
  /** As bench/storefront.ts: five warm-ups, then `requests` at concurrency 10. */
  const sampleHome = async () => {
    for (let i = 0; i < 5; i++) await home()
    const samples: Sample[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next++ < requests) samples.push(await home())
      }),
    )
    return samples
  }
  const figures = (samples: Sample[], roundsP95: number[], htmlBytes: number) => {
    const ttfb = summary(samples.map((s) => s.ttfb))
    const complete = summary(samples.map((s) => s.complete))
    return {
      ttfb: { p50_ms: ttfb.p50_ms, p95_ms: ttfb.p95_ms },
      complete: { p50_ms: complete.p50_ms, p95_ms: complete.p95_ms },
      ttfb_p95_ms_per_round: roundsP95,
      page_cache_hits: samples.filter((s) => s.cache === "HIT").length / samples.length,
      html_kb: Math.round(htmlBytes / 102.4) / 10,
    }
  }

  const { products } = await api<{ products: { id: string; exporter: { id: string } }[] }>("GET", "/consulate/products?limit=40")
  if (products.length < 12)
    throw new Error(`The shop has ${products.length} published exporters' products; the bench features 4 per campaign in 3 campaigns`)
  const { campaign_pages: existing } = await api<{ campaign_pages: Page[] }>("GET", "/consulate/campaign-pages")
  const now = Date.now()
  const running = existing.filter((p) => p.status === "published" && Date.parse(p.starts_at) <= now && Date.parse(p.ends_at) > now)
  const heroUrl = existing.find((p) => p.hero_image_url)?.hero_image_url ?? null
  const made: string[] = []

  /** A campaign through the console's routes: the campaign, its code promotion on the featured products, its published page. */
  const createCampaign = async (label: string, featured: typeof products, startsAt: Date, endsAt: Date) => {
    const title = { "zh-CN": `基准活动 ${label}`, en: `Bench campaign ${label}` }
    const { campaign } = await api("POST", "/consulate/campaigns", {
      name: title.en,
      identifier: `bench-${label}`,
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      budget: { type: "usage", limit: 1000 },
    })
    await api("POST", "/consulate/promotions", {
      campaign_id: campaign.id,
      code: `BENCH-${label}`.toUpperCase(),
      automatic: false,
      name: { "zh-CN": `基准九折 ${label}`, en: `Bench 10% off ${label}` },
      discount: { type: "percentage", value: 10, targets: { product_ids: featured.map((p) => p.id) } },
    })
    const { campaign_page } = await api<{ campaign_page: Page }>("POST", "/consulate/campaign-pages", {
      slug: `bench-${label}`,
      title,
      body: { "zh-CN": "来自乌兹别克斯坦的基准测试活动。", en: "A benchmark campaign of Uzbek goods." },
      hero_image_url: heroUrl,
      featured_product_ids: featured.map((p) => p.id),
      featured_exporter_ids: [...new Set(featured.map((p) => p.exporter.id))],
      campaign_id: campaign.id,
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      status: "published",
    })
    made.push(campaign_page.id)
    return { page: campaign_page, title: title["zh-CN"] }
  }

  const results: Record<string, unknown> = {
    note: SHARED_HOST_NOTE,
    how: "against `npm start` (seeded catalog, no synthetic products); campaigns made through the consulate's routes as the demo staff member",
    route: HOME,
    requests,
    concurrency: 10,
  }
  try {
    console.log(`Unpublishing the ${running.length} running campaign page(s) for the while…`)
    const setStatus = async (pages: { id: string }[], status: "draft" | "published") => {
      for (const p of pages) await api("POST", `/consulate/campaign-pages/${p.id}`, { status })
    }
    await setStatus(running, "draft")
    await homeUntil((html) => running.every((p) => !html.includes(p.title["zh-CN"])), CHANGE_LIMIT_MS, "drop the running campaigns")

    console.log("Creating three campaigns through the consulate's routes…")
    const inWindow = [new Date(Date.now() - MINUTE), new Date(Date.now() + 7 * 24 * 3600_000)] as const
    const three: { page: Page; title: string }[] = []
    for (let i = 0; i < 3; i++) three.push(await createCampaign(`${tag}-${i}`, products.slice(i * 4, i * 4 + 4), ...inWindow))
    const shownAfterMs = await homeUntil((html) => three.every((c) => html.includes(c.title)), CHANGE_LIMIT_MS, "show the three campaigns")
    results.three_campaigns_shown_after_ms = Math.round(shownAfterMs)

    // Alternating, so the other sessions' load on this host falls on both states alike.
    const pooled = { none: [] as Sample[], three: [] as Sample[] }
    const htmlBytes = { none: 0, three: 0 }
    const p95s = { none: [] as number[], three: [] as number[] }
    for (let round = 0; round < rounds; round++) {
      for (const state of ["none", "three"] as const) {
        await setStatus(
          three.map((c) => c.page),
          state === "none" ? "draft" : "published",
        )
        await homeUntil(
          (html) => three.every((c) => html.includes(c.title) === (state === "three")),
          CHANGE_LIMIT_MS,
          `show ${state} of the campaigns`,
        )
        htmlBytes[state] = Buffer.byteLength((await home()).body)
        const samples = await sampleHome()
        pooled[state].push(...samples)
        p95s[state].push(summary(samples.map((s) => s.ttfb)).p95_ms)
        console.log(`  round ${round + 1}, ${state}: TTFB p95 ${p95s[state].at(-1)} ms`)
      }
    }
    results.rounds = rounds
    results.home_no_campaign = figures(pooled.none, p95s.none, htmlBytes.none)
    results.home_three_campaigns = figures(pooled.three, p95s.three, htmlBytes.three)
    console.log(`  no campaign: ${JSON.stringify(results.home_no_campaign)}`)
    console.log(`  three campaigns: ${JSON.stringify(results.home_three_campaigns)}`)

    console.log(`Timing ${starts} scheduled start(s), one at a time…`)
    const offsets = [5, 20, 35, 50]
    const timed = []
    for (let i = 0; i < starts; i++) {
      // The next moment at this second of a minute that leaves time to publish first.
      const second = offsets[i % offsets.length] * 1000
      let startsAt = Math.floor(Date.now() / MINUTE) * MINUTE + second
      while (startsAt < Date.now() + 20_000) startsAt += MINUTE
      const featured = products.slice(12 + (i % 7) * 4, 16 + (i % 7) * 4)
      const { page, title } = await createCampaign(
        `${tag}-s${i}`,
        featured.length ? featured : products.slice(0, 4),
        new Date(startsAt),
        new Date(startsAt + 24 * 3600_000),
      )
      // Asked all along, as visitors do: every expiry before the start (the page's own publication expires the
      // shop's campaign reads) is rendered and cached again without the campaign, and the banner must wait for the job.
      let polls = 0
      let served = 0
      while (!served) {
        const at = Date.now()
        if (at >= startsAt) polls++
        const shown = (await home()).body.includes(title)
        if (shown && at < startsAt) throw new Error(`${title} was on the home page before its start`)
        if (shown) served = at
        else if (at - startsAt > START_LIMIT_MS)
          throw new Error(`${title} was not on the home page ${START_LIMIT_MS / 1000} s after its start`)
        else await sleep(POLL_MS)
      }
      const job = Math.ceil(startsAt / MINUTE) * MINUTE
      const row = {
        starts_at: new Date(startsAt).toISOString(),
        served_at: new Date(served).toISOString(),
        delay_ms: served - startsAt,
        job_run_at: new Date(job).toISOString(),
        after_job_ms: served - job,
        polls_after_start: polls,
      }
      timed.push(row)
      console.log(`  start ${i + 1}: ${JSON.stringify(row)}`)
      await api("POST", `/consulate/campaign-pages/${page.id}`, { ends_at: new Date().toISOString() })
    }
    const delays = timed.map((t) => t.delay_ms)
    if (timed.length)
      results.scheduled_start_to_banner = {
        poll_ms: POLL_MS,
        starts: timed,
        delay_max_ms: Math.max(...delays),
        after_job_max_ms: Math.max(...timed.map((t) => t.after_job_ms)),
        why: "the campaign-boundaries job runs at each minute (cron * * * * *): a start waits for the next run (0-60 s by its second of the minute), then the job expires the shop's campaign tags and the next request renders the home page",
      }
    saveResults("campaigns", results)
  } finally {
    console.log("Ending the bench's campaign pages and publishing the unpublished ones again…")
    const at = new Date().toISOString()
    for (const id of made) await api("POST", `/consulate/campaign-pages/${id}`, { ends_at: at }).catch((e) => console.error(e.message))
    for (const p of running)
      await api("POST", `/consulate/campaign-pages/${p.id}`, { status: "published" }).catch((e) => console.error(e.message))
    agent.destroy()
  }
}
