/**
 * What China's cross-border checks cost at checkout: the latency of cart
 * completion (POST /store/carts/:id/complete) for carts of cross-border honey
 * with a declared identity, with Bozor's checks (validate hook: identity,
 * per-order limit, annual quota under a lock, declaration) and without them,
 * on the same machine and data, one after the other. "Without" is a
 * benchmark-only variant of the backend with the hook's file removed
 * (backend-variant.ts): the shipped backend has no switch that turns the
 * checks off. Both sides are built the same way (a copy, no admin UI).
 * Parcels from Tashkent are paid online, so each cart pays by card against
 * the local stand-in for Stripe's API (scripts/stripe-double), as the tests do.
 *
 *   npm run bench -- checkout [--completions 200]
 */
import { rmSync } from "node:fs"
import path from "node:path"
import { percentile, saveResults } from "./lib"
import { SHIPPED, startVariantStack, type BackendVariant } from "./backend-variant"

const ROOT = path.resolve(__dirname, "..")
const DATA = ".data/bench-checkout"
/** Ports of its own, so it runs beside `npm start`; BENCH_*_PORT move them. */
const PORTS = {
  POSTGRES_PORT: process.env.BENCH_POSTGRES_PORT ?? "5491",
  MEILISEARCH_PORT: process.env.BENCH_MEILISEARCH_PORT ?? "7703",
  PORT: process.env.BENCH_BACKEND_PORT ?? "9003",
  STOREFRONT_PORT: process.env.BENCH_STOREFRONT_PORT ?? "8003",
}
const STRIPE_PORT = Number(process.env.BENCH_STRIPE_PORT ?? "12113")
const STRIPE = {
  STRIPE_API_KEY: "sk_test_bozor_double",
  STRIPE_PUBLISHABLE_KEY: "pk_test_bozor_double",
  STRIPE_WEBHOOK_SECRET: "whsec_bozor_double",
  STRIPE_API_BASE: `http://127.0.0.1:${STRIPE_PORT}`,
}
const BASE_ENV = { ...process.env, BOZOR_DATA_DIR: DATA, ...PORTS, ...STRIPE, DATABASE_URL: "", MEILISEARCH_HOST: "", REDIS_URL: "" }

/** The comparison: the shop without the completion hook that enforces China's cross-border rules. */
const WITHOUT_CHECKS: BackendVariant = {
  name: "backend-without-checks",
  label: "the backend without the cross-border checks",
  edit: (dir) => rmSync(path.join(dir, "src/workflows/hooks/complete-cart-customs.ts")),
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
    [variant],
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
  return {
    completions: times.length,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    mean_ms: round(times.reduce((a, b) => a + b, 0) / times.length),
  }
}

export default async function checkout(argv: string[]) {
  const at = argv.indexOf("--completions")
  const completions = at >= 0 ? Number(argv[at + 1]) : 200
  rmSync(path.join(ROOT, DATA), { recursive: true, force: true })
  const { configFromEnv } = await import("../scripts/lib/config")
  const config = configFromEnv(BASE_ENV)
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
  const stack = await startVariantStack(config, SHIPPED).catch(async (e) => {
    await stripe.stop()
    throw e
  })
  const results: Record<string, unknown> = {}
  const times: Record<"on" | "off", number[]> = { on: [], off: [] }
  try {
    const withoutChecks = await stack.build(WITHOUT_CHECKS)
    Object.assign(process.env, {
      BOZOR_TEST_BACKEND_URL: `http://localhost:${PORTS.PORT}`,
      BOZOR_TEST_DATABASE_URL: stack.backend.databaseUrl,
      BOZOR_TEST_DATA_DIR: config.dataDir,
      BOZOR_TEST_PUBLISHABLE_KEY: stack.publishableKey,
      BOZOR_TEST_MEDUSA_ENV: "{}",
    })
    // Alternate twice so that warm-up and database growth do not favour one side.
    const sides = [
      ["with_checks", "on", stack.first],
      ["without_checks", "off", withoutChecks],
      ["with_checks_2", "on", stack.first],
      ["without_checks_2", "off", withoutChecks],
    ] as const
    for (const [label, checks, dir] of sides) {
      console.log(`Cart completion ${checks === "on" ? "with" : "without"} Bozor's cross-border checks…`)
      const stop = await stack.serve(dir, checks === "on" ? "as shipped" : "without the checks")
      try {
        const run = await measure(completions / 2)
        times[checks].push(...run)
        results[label] = summary(run)
        console.log(`  ${JSON.stringify(results[label])}`)
      } finally {
        await stop()
      }
    }
  } finally {
    await stack.supervisor.stopAll()
    await stripe.stop()
  }
  const withChecks = summary(times.on)
  const without = summary(times.off)
  const added = {
    p50_percent: Math.round(((withChecks.p50_ms - without.p50_ms) / without.p50_ms) * 1000) / 10,
    p95_percent: Math.round(((withChecks.p95_ms - without.p95_ms) / without.p95_ms) * 1000) / 10,
  }
  console.log(`Added by the checks: p50 ${added.p50_percent}%, p95 ${added.p95_percent}% (goal: at most 20%)`)
  saveResults("checkout", { completions_per_side: completions, runs: results, with_checks: withChecks, without_checks: without, added })
}
