/**
 * What China's cross-border checks cost at checkout: the latency of cart
 * completion (POST /store/carts/:id/complete) for carts of cross-border honey
 * with a declared identity, with Bozor's checks (validate hook: identity,
 * per-order limit, annual quota under a lock, declaration) and with the hook
 * switched off (BOZOR_CUSTOMS_CHECKS=off, which leaves Medusa's own
 * completion), on the same machine and data, one after the other. Parcels
 * from Tashkent are paid online, so each cart pays by card against the local
 * stand-in for Stripe's API (scripts/stripe-double), as the tests do.
 *
 *   npm run bench -- checkout [--completions 200]
 */
import { spawn, type ChildProcess } from "node:child_process"
import { rmSync } from "node:fs"
import path from "node:path"
import { percentile, saveResults, stopChild as stop } from "./lib"

const ROOT = path.resolve(__dirname, "..")
const DATA = ".data/bench-checkout"
const PORTS = { POSTGRES_PORT: "5491", MEILISEARCH_PORT: "7703", PORT: "9003", STOREFRONT_PORT: "8003" }
const STRIPE_PORT = 12113
const STRIPE = {
  STRIPE_API_KEY: "sk_test_bozor_double",
  STRIPE_PUBLISHABLE_KEY: "pk_test_bozor_double",
  STRIPE_WEBHOOK_SECRET: "whsec_bozor_double",
  STRIPE_API_BASE: `http://127.0.0.1:${STRIPE_PORT}`,
}
const BASE_ENV = { ...process.env, BOZOR_DATA_DIR: DATA, ...PORTS, ...STRIPE, DATABASE_URL: "", MEILISEARCH_HOST: "", REDIS_URL: "" }

function start(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout!.on("data", (chunk) => {
      out += chunk
      if (/Ready in/.test(out)) resolve(child)
    })
    child.stderr!.on("data", (chunk) => (out += chunk))
    child.on("exit", (code) => reject(new Error(`npm start exited ${code} before ready:\n${out.slice(-2000)}`)))
  })
}

async function measure(completions: number) {
  // The tests' checkout helpers, pointed at this stack.
  const shop = await import("../backend/test/shop")
  const { storeClient, sql } = await import("../backend/test/helpers")
  const sdk = storeClient("en")
  const variant = await shop.variantOf(sdk, "white-acacia-honey")
  // Enough honey for every run: stock is not what is measured.
  const admin = await shop.adminClient()
  const levels = await sql<{ inventory_item_id: string; location_id: string }>(
    "select inventory_item_id, location_id from inventory_level where deleted_at is null and inventory_item_id in (select inventory_item_id from product_variant_inventory_item where variant_id = $1)",
    [variant]
  )
  for (const level of levels) {
    await admin.admin.inventoryItem.updateLevel(level.inventory_item_id, level.location_id, { stocked_quantity: 1_000_000 })
  }
  const times: number[] = []
  let identity = { real_name: "测试买家", id_number: shop.newIdNumber() }
  for (let i = 0; i < completions; i++) {
    if (i % 20 === 0) identity = { real_name: "测试买家", id_number: shop.newIdNumber() } // stays under the annual quota
    const cartId = await shop.cartWith(sdk, [{ variant_id: variant }])
    await shop.declareCustoms(sdk, cartId, identity)
    await shop.payByCard(sdk, cartId)
    const t0 = performance.now()
    const result = await shop.complete(sdk, cartId)
    times.push(performance.now() - t0)
    if (result.type !== "order") throw new Error(`completion ${i} failed: ${JSON.stringify(result.error)}`)
    if ((i + 1) % 50 === 0) console.log(`  ${i + 1}/${completions}`)
  }
  return times
}

const round = (n: number) => Math.round(n * 10) / 10
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return { completions: times.length, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)), mean_ms: round(times.reduce((a, b) => a + b, 0) / times.length) }
}

export default async function checkout(argv: string[]) {
  const at = argv.indexOf("--completions")
  const completions = at >= 0 ? Number(argv[at + 1]) : 200
  rmSync(path.join(ROOT, DATA), { recursive: true, force: true })
  const { configFromEnv } = await import("../scripts/lib/config")
  const { publishableKey } = await import("../scripts/lib/backend")
  const config = configFromEnv(BASE_ENV)
  const databaseUrl = `postgres://postgres:postgres@localhost:${PORTS.POSTGRES_PORT}/bozor`
  Object.assign(process.env, {
    BOZOR_TEST_BACKEND_URL: `http://localhost:${PORTS.PORT}`,
    BOZOR_TEST_DATABASE_URL: databaseUrl,
    BOZOR_TEST_DATA_DIR: config.dataDir,
    BOZOR_TEST_MEDUSA_ENV: "{}",
  })

  const { StripeDouble } = await import("../scripts/stripe-double/server")
  const stripe = new StripeDouble({
    apiKey: STRIPE.STRIPE_API_KEY,
    publishableKey: STRIPE.STRIPE_PUBLISHABLE_KEY,
    webhookSecret: STRIPE.STRIPE_WEBHOOK_SECRET,
    webhookBase: `http://localhost:${PORTS.PORT}/hooks/payment/`,
    port: STRIPE_PORT,
  })
  await stripe.start()
  process.env.BOZOR_TEST_STRIPE_URL = stripe.url

  const times: Record<"on" | "off", number[]> = { on: [], off: [] }
  const results: Record<string, unknown> = {}
  // Alternate twice so that warm-up and database growth do not favour one side.
  for (const [label, checks] of [["with_checks", "on"], ["without_checks", "off"], ["with_checks_2", "on"], ["without_checks_2", "off"]] as const) {
    console.log(`Cart completion ${checks === "on" ? "with" : "without"} Bozor's cross-border checks…`)
    const child = await start({ ...BASE_ENV, BOZOR_CUSTOMS_CHECKS: checks })
    try {
      process.env.BOZOR_TEST_PUBLISHABLE_KEY = await publishableKey(databaseUrl)
      const run = await measure(completions / 2)
      times[checks].push(...run)
      results[label] = summary(run)
      console.log(`  ${JSON.stringify(results[label])}`)
    } finally {
      await stop(child)
    }
  }
  await stripe.stop()
  const withChecks = summary(times.on)
  const without = summary(times.off)
  const added = {
    p50_percent: Math.round(((withChecks.p50_ms - without.p50_ms) / without.p50_ms) * 1000) / 10,
    p95_percent: Math.round(((withChecks.p95_ms - without.p95_ms) / without.p95_ms) * 1000) / 10,
  }
  console.log(`Added by the checks: p50 ${added.p50_percent}%, p95 ${added.p95_percent}% (goal: at most 20%)`)
  saveResults("checkout", { completions_per_side: completions, runs: results, with_checks: withChecks, without_checks: without, added })
}
