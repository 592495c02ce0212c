/**
 * The shop under a realistic load, with its parts failing: the mix of load-mix.ts (browsing and search 85 %, cart
 * changes 10 %, checkouts 5 %, paid by card at the Stripe stand-in and at the Guangzhou centre) against one process
 * of each (`npm start`) and then against the cluster (`npm start -- --cluster`), on the same machine and data. While
 * the cluster carries it, the faults of load-faults.ts, one at a time at even intervals: kill -9 a Medusa server,
 * kill -9 the worker, restart Redis, Meilisearch and PostgreSQL, kill -9 a storefront instance. Per class of route:
 * throughput, p50/p95/p99 and errors; per fault: the requests that failed and how long until the part was back.
 * After each run, what Stripe would do (deliveries that failed are sent again) and what a buyer would do (a completion
 * whose answer never came is pressed again), then the ledger (load-ledger.ts) and the search index against the
 * database (`npm run reconcile`).
 *
 *   npm run bench -- load [--duration 600] [--rate 20] [--only single|cluster] [--no-faults] [--scarce 100]
 */
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { RESULTS_DIR, saveResults, stopChild } from "./lib"
import { clusterFaults, type Fault } from "./load-faults"
import { checkLedger, redeliverLikeStripe, stockOf, type StockWatch } from "./load-ledger"
import { CHECKOUT_STEPS, Recorder, runMix, type Catalog, type Checkouts } from "./load-mix"
import { queueDepths } from "../backend/src/observability/redis"
import { reconcileSearchIndex } from "../scripts/lib/reconcile"
import { API, DATA, PORTS, SHOP, databaseUrl, startShop } from "./load-stack"
import pg from "pg"
import type { StripeDouble } from "../scripts/stripe-double/server"

const STRIPE_PORT = 12620
const STRIPE = {
  STRIPE_API_KEY: "sk_test_bozor_double",
  STRIPE_PUBLISHABLE_KEY: "pk_test_bozor_double",
  STRIPE_WEBHOOK_SECRET: "whsec_bozor_double",
  STRIPE_API_BASE: `http://127.0.0.1:${STRIPE_PORT}`,
}
const CARD_PRODUCT = "white-acacia-honey"
/** Cleared stock at the Guangzhou centre, paid there: its stock is made scarce so that it sells out during the run. */
const CENTRE_PRODUCT = "shahrisabz-qurt-classic"
const SEARCHES = ["蜂蜜", "坚果", "杏干", "奶", "honey", "walnut"]

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** What the traffic needs, read through the Store API as a buyer's browser would; the stock set through the Admin API. */
async function prepare(publishableKey: string, scarce: number): Promise<{ catalog: Catalog; watched: StockWatch[] }> {
  const shop = await import("../backend/test/shop")
  const { storeClient, sql } = await import("../backend/test/helpers")
  const sdk = storeClient("zh-CN")
  const regionId = await shop.chinaRegionId(sdk)
  const { product_categories } = await sdk.store.category.list({ limit: 100, fields: "id,handle" } as any)
  const { products } = await sdk.store.product.list({ limit: 40, fields: "id,handle,variants.id" } as any)
  const pages = [
    ...Array(4).fill("/zh-CN"),
    ...Array(2).fill("/en"),
    "/zh-CN/pavilion",
    "/zh-CN/exporters",
    ...product_categories.map((c: any) => `/zh-CN/categories/${c.handle}`),
    "/zh-CN/categories/honey?sort=price_asc",
    ...products.map((p: any) => `/zh-CN/products/${p.handle}`),
    ...products.slice(0, 10).map((p: any) => `/en/products/${p.handle}`),
    ...SEARCHES.map((q) => `/zh-CN/search?q=${encodeURIComponent(q)}`),
  ]
  const api: Catalog["api"] = [
    ...product_categories.map((c: any) => ({
      method: "GET" as const,
      path: `/store/products?category_id[]=${c.id}&limit=12&fields=id,title,handle,thumbnail`,
    })),
    ...SEARCHES.map((q) => ({
      method: "POST" as const,
      path: "/store/search",
      body: JSON.stringify({ entity: "product", filters: { q }, pagination: { take: 12 } }),
    })),
  ]

  const card = await shop.variantOf(sdk, CARD_PRODUCT)
  const centre = await shop.variantOf(sdk, CENTRE_PRODUCT)
  // Variants a cart can take now (some seeded products are sold out on purpose).
  const probe = await shop.cartWith(sdk, [], { shipping: false })
  const cartVariants: string[] = []
  for (const p of products) {
    const variant = p.variants?.[0]?.id
    if (!variant || variant === card || variant === centre || cartVariants.length >= 12) continue
    const added = await sdk.store.cart.createLineItem(probe, { variant_id: variant, quantity: 2 }).then(
      () => true,
      () => false,
    )
    if (added) cartVariants.push(variant)
  }

  const optionFor = async (variantId: string, code: string) => {
    const cartId = await shop.cartWith(sdk, [{ variant_id: variantId }], { shipping: false })
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
    const option = (shipping_options as any[]).find((o) => (o.type?.code ?? o.data?.mode) === code)
    if (!option) throw new Error(`no ${code} shipping option for ${variantId}`)
    return option.id as string
  }

  const admin = await shop.adminClient()
  const levels = async (variantId: string) =>
    sql<{ inventory_item_id: string; location_id: string; reserved: number }>(
      `select il.inventory_item_id, il.location_id, il.reserved_quantity::float as reserved from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
        where pvi.variant_id = $1 and il.deleted_at is null`,
      [variantId],
    )
  // Card buyers' honey never runs out; the centre's qurt has `scarce` units left to sell, on one location.
  for (const level of await levels(card))
    await admin.admin.inventoryItem.updateLevel(level.inventory_item_id, level.location_id, { stocked_quantity: 1_000_000 })
  const centreLevels = await levels(centre)
  for (const [i, level] of centreLevels.entries())
    await admin.admin.inventoryItem.updateLevel(level.inventory_item_id, level.location_id, {
      stocked_quantity: level.reserved + (i === 0 ? scarce : 0),
    })

  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  const watched: StockWatch[] = []
  try {
    for (const variantId of [card, centre]) {
      const now = await stockOf(client, variantId)
      watched.push({ variantId, availableAtStart: now.stocked - now.reserved, reservedAtStart: now.reserved })
    }
  } finally {
    await client.end()
  }

  return {
    catalog: {
      publishableKey,
      regionId,
      pages,
      api,
      cartVariants,
      checkout: {
        card: { variantId: card, optionId: await optionFor(card, "cross_border_mail") },
        centre: { variantId: centre, optionId: await optionFor(centre, "gz_pickup") },
      },
      newIdNumber: () => shop.newIdNumber(),
    },
    watched,
  }
}

/** The faults one after the other at even intervals over the run; each watched until its part is back. */
async function injectFaults(faults: Fault[], durationS: number) {
  const interval = (durationS * 1000) / (faults.length + 1)
  const started = Date.now()
  const record: { fault: string; at_s: number; injected_at: number; back_after_s: number | null }[] = []
  for (const [i, fault] of faults.entries()) {
    await sleep(Math.max(0, started + (i + 1) * interval - Date.now()))
    const injectedAt = Date.now()
    console.log(`  fault at ${Math.round((injectedAt - started) / 1000)} s: ${fault.name}`)
    fault.inject()
    let backAfter: number | null = null
    while (Date.now() - injectedAt < interval - 2000) {
      await sleep(250)
      if (await fault.back()) {
        backAfter = Math.round((Date.now() - injectedAt) / 100) / 10
        break
      }
    }
    console.log(`    ${backAfter === null ? "not back before the next fault" : `back after ${backAfter} s`}`)
    record.push({ fault: fault.name, at_s: Math.round((injectedAt - started) / 1000), injected_at: injectedAt, back_after_s: backAfter })
  }
  return record
}

/**
 * Waits until the worker has caught up with the event bus's queue (a fresh shop's seed queues thousands of events),
 * so that the run measures the mix and not a backlog; returns the seconds it waited.
 */
async function eventsDrained(timeoutMs = 15 * 60_000): Promise<number> {
  const started = Date.now()
  const redisUrl = `redis://127.0.0.1:${PORTS.REDIS_PORT}`
  while (Date.now() - started < timeoutMs) {
    const depths = await queueDepths(redisUrl).catch(() => [])
    const pending = depths.filter((d) => d.queue === "events" && d.state !== "failed").reduce((n, d) => n + d.jobs, 0)
    if (depths.length && pending === 0) break
    await sleep(2000)
  }
  return Math.round((Date.now() - started) / 1000)
}

/** A buyer whose completion got no answer presses again: completing a completed cart answers its order. */
async function pressAgain(checkouts: Checkouts, publishableKey: string): Promise<number> {
  let pressed = 0
  for (const cart of checkouts.unanswered) {
    pressed++
    const res = await fetch(`${API}/store/carts/${cart}/complete`, {
      method: "POST",
      headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
    })
    const answer = (await res.json().catch(() => null)) as any
    if (res.ok && answer?.type === "order") checkouts.placed.set(cart, answer.order.id)
    else checkouts.refused.push({ cart, kind: checkouts.kinds.get(cart)!, status: res.status, message: String(answer?.message ?? "") })
  }
  checkouts.unanswered.clear()
  return pressed
}

/** `npm run reconcile` against the running shop: the search index against the database; what drifted is repaired. */
async function reconcileSearch() {
  const env = { ...process.env, ...PORTS, BOZOR_DATA_DIR: DATA, DATABASE_URL: "", MEILISEARCH_HOST: "", REDIS_URL: "" }
  try {
    const report = await reconcileSearchIndex({ env })
    const repaired = report.in_sync ? undefined : await reconcileSearchIndex({ env, repair: true })
    return { ...report, repaired: repaired?.repair }
  } catch (e) {
    return { in_sync: false, error: String((e as Error).message ?? e).slice(-500) }
  }
}

async function measure(
  cluster: boolean,
  options: { durationS: number; rate: number; faults: boolean; scarce: number },
  stripe: StripeDouble,
) {
  const label = cluster ? "cluster" : "single"
  console.log(`\n${label}: starting the shop…`)
  const shop = await startShop(cluster, STRIPE)
  try {
    Object.assign(process.env, {
      BOZOR_TEST_BACKEND_URL: API,
      BOZOR_TEST_PUBLISHABLE_KEY: shop.publishableKey,
      BOZOR_TEST_DATABASE_URL: databaseUrl(),
      BOZOR_TEST_DATA_DIR: DATA,
      BOZOR_TEST_STRIPE_URL: stripe.url,
      BOZOR_TEST_MEDUSA_ENV: "{}",
    })
    stripe.intents.clear()
    stripe.events.length = 0
    stripe.deliveries.length = 0
    const drainedAfter = cluster ? await eventsDrained() : 0
    if (drainedAfter) console.log(`  waited ${drainedAfter} s for the worker to empty the event queue`)
    const { catalog, watched } = await prepare(shop.publishableKey, options.scarce)
    const recorder = new Recorder()
    const checkouts: Checkouts = {
      started: new Set(),
      placed: new Map(),
      refused: [],
      unanswered: new Set(),
      kinds: new Map(),
      completeMs: [],
      flowMs: [],
    }
    const loadBefore = Number(os.loadavg()[0].toFixed(1))
    console.log(`  the mix at ${options.rate} buyer actions/s for ${options.durationS} s…`)
    const mix = runMix(catalog, { shop: SHOP, api: API, rate: options.rate, durationS: options.durationS }, recorder, checkouts)
    const faults = cluster && options.faults ? await injectFaults(clusterFaults(), options.durationS) : []
    await mix.done
    const ended = Date.now()
    const pressed = await pressAgain(checkouts, shop.publishableKey)
    const redelivered = await redeliverLikeStripe(stripe, databaseUrl())
    const search = await reconcileSearch()
    const ledger = await checkLedger(databaseUrl(), checkouts, stripe, watched)
    const { summary } = await import("./lib")
    const figures = {
      measured_at: new Date().toISOString(),
      load_average_1m_before: loadBefore,
      waited_for_event_queue_s: drainedAfter,
      nominal_requests_per_s: mix.rates,
      classes: recorder.summary(options.durationS),
      checkouts: {
        placed: checkouts.placed.size,
        per_minute: Math.round((checkouts.placed.size / options.durationS) * 600) / 10,
        complete: summary(checkouts.completeMs),
        whole_path: summary(checkouts.flowMs),
      },
      failed_before_the_first_fault: faults.length ? recorder.failuresBetween(recorder.started, faults[0].injected_at).failed : undefined,
      faults: faults.map((f, i) => ({
        fault: f.fault,
        at_s: f.at_s,
        back_after_s: f.back_after_s,
        ...recorder.failuresBetween(f.injected_at, faults[i + 1]?.injected_at ?? ended),
      })),
      after_the_run: { completions_pressed_again: pressed, webhook_deliveries_sent_again: redelivered },
      ledger,
      search,
    }
    console.log(JSON.stringify(figures, null, 2))
    return figures
  } finally {
    await stopChild(shop.child)
  }
}

function previousRuns(measuring: string[]): Record<string, unknown> {
  try {
    const previous = JSON.parse(readFileSync(path.join(RESULTS_DIR, "load.json"), "utf8"))
    return Object.fromEntries(
      ["single", "cluster"]
        .filter((t) => !measuring.includes(t) && previous[t])
        .map((t) => [t, { measured_at: previous.measured_at, ...previous[t] }]),
    )
  } catch {
    return {}
  }
}

export default async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "600" },
      rate: { type: "string", default: "20" },
      only: { type: "string" },
      "no-faults": { type: "boolean", default: false },
      scarce: { type: "string", default: "100" },
    },
    strict: true,
  })
  const durationS = Number(values.duration)
  const rate = Number(values.rate)
  const scarce = Number(values.scarce)
  if (!(durationS >= 30)) throw new Error(`--duration must be at least 30 seconds, got "${values.duration}"`)
  if (!(rate >= 20 / CHECKOUT_STEPS)) throw new Error(`--rate (buyer actions per second) must be at least 3, got "${values.rate}"`)
  if (!Number.isInteger(scarce) || scarce < 0) throw new Error(`--scarce must be a whole number of units, got "${values.scarce}"`)
  const topologies = values.only ? [values.only] : ["single", "cluster"]
  if (topologies.some((t) => t !== "single" && t !== "cluster")) throw new Error(`--only must be single or cluster, got "${values.only}"`)

  const { StripeDouble } = await import("../scripts/stripe-double/server")
  const stripe = new StripeDouble({
    apiKey: STRIPE.STRIPE_API_KEY,
    publishableKey: STRIPE.STRIPE_PUBLISHABLE_KEY,
    webhookSecret: STRIPE.STRIPE_WEBHOOK_SECRET,
    webhookBase: `${API}/hooks/payment/`,
    port: STRIPE_PORT,
  })
  await stripe.start()
  // `--only` measures one topology again; the other keeps the figures of its last run (each says when it was measured).
  const results: Record<string, unknown> = previousRuns(topologies)
  try {
    for (const topology of topologies)
      results[topology] = await measure(topology === "cluster", { durationS, rate, faults: !values["no-faults"], scarce }, stripe)
  } finally {
    await stripe.stop()
  }
  saveResults("load", {
    duration_s: durationS,
    buyer_actions_per_s: rate,
    mix: "browsing 85 % (pages 60 %, store API 25 %), cart changes 10 %, checkouts 5 % (each of 7 requests; half by card at the Stripe stand-in, half at the centre)",
    note: "The load generator (autocannon), the Stripe stand-in and the shop share the same 2-core machine. Faults only in the cluster run.",
    ...results,
  })
}
