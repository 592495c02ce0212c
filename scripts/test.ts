/**
 * `npm test`: unit tests, then the real stack on test ports with a fresh data
 * folder (embedded PostgreSQL, Meilisearch, built Medusa and storefront, the
 * seeded catalog), integration tests against it, and the browser journeys in
 * Debian's Chromium. Ends with each runner's summary and a non-zero exit if
 * anything failed.
 *
 *   npm test                 everything (type checks, lint, format and the dead-code check first)
 *   npm test -- unit         only the unit tests, in seconds: no stack and no type check (the other
 *                            phases type-check first); `npm test -- unit customs` runs the matching files
 *   npm test -- integration  unit + integration
 *   npm test -- integration search   … only integration files matching "search"
 *   npm test -- e2e checkout         … only the journeys matching "checkout" (no integration files)
 *   npm test -- security             the attack tests only: every test file under a security/ folder
 *                                    (unit, integration against the stack, and browser journeys)
 */
import { spawn } from "node:child_process"
import path from "node:path"
import { medusaEnv } from "./lib/backend"
import { backendUrl, ConfigError, configFromEnv, ROOT, storefrontUrl } from "./lib/config"
import { StartupError } from "./lib/processes"
import { startStack, type RunningStack } from "./lib/stack"
import { claimTestData, testDataDir, testStackEnv } from "./lib/test-data"
import { StripeDouble } from "./stripe-double/server"
import { bold, fail, green, red } from "./lib/ui"

type Phase = "unit" | "integration" | "e2e" | "security"
const PHASES: Phase[] = ["unit", "integration", "e2e", "security"]
/** Test files that prove an attack is shut live in folders of this name, in every runner's tree. */
const SECURITY_FILTER = "/security/"

function runner(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name)

function stackEnv(stack: RunningStack, stripe: StripeDouble): NodeJS.ProcessEnv {
  const { config } = stack.backend
  return {
    BOZOR_TEST_STRIPE_URL: stripe.url,
    BOZOR_TEST_BACKEND_URL: backendUrl(config),
    BOZOR_TEST_STOREFRONT_URL: storefrontUrl(config),
    BOZOR_TEST_PUBLISHABLE_KEY: stack.publishableKey,
    BOZOR_TEST_DATABASE_URL: stack.backend.databaseUrl,
    BOZOR_TEST_DATA_DIR: config.dataDir,
    BOZOR_TEST_MEDUSA_ENV: JSON.stringify(medusaEnv(stack.backend)),
  }
}

async function main() {
  const last = (process.argv[2] as Phase | undefined) ?? "e2e"
  if (!PHASES.includes(last)) throw new StartupError(`Unknown test phase "${last}": use one of ${PHASES.join(", ")}.`)
  const security = last === "security"
  const filters = security ? [SECURITY_FILTER] : process.argv.slice(3)
  const wanted: Phase[] = security ? ["unit", "integration", "e2e"] : PHASES.slice(0, PHASES.indexOf(last) + 1)
  const results: [string, number][] = []

  // The fast loop (unit only) leaves type-checking, lint and knip to the editor and to every other phase.
  if (!security && last !== "unit") {
    console.log(bold("\n▶ type checks"))
    results.push(["typecheck", await runner("npm", ["run", "--silent", "typecheck"], {})])
    console.log(bold("\n▶ lint"))
    results.push(["lint", await runner("npm", ["run", "--silent", "lint"], {})])
    console.log(bold("\n▶ format (Prettier)"))
    results.push(["format", await runner("npm", ["run", "--silent", "format:check"], {})])
    console.log(bold("\n▶ dead code (knip: unused files, exports and dependencies)"))
    results.push(["knip", await runner("npm", ["run", "--silent", "knip"], {})])
  }
  console.log(bold("\n▶ unit tests"))
  results.push([
    "unit",
    await runner(
      bin("vitest"),
      ["run", "--project", "unit", "--project", "storefront", "--project", "portal", ...(security || last === "unit" ? filters : [])],
      {},
    ),
  ])

  if (wanted.includes("integration")) {
    // Every run starts from an empty database: migrations and the seed are part of what is tested. The folder is
    // checked, then claimed, and only then emptied.
    const dataDir = testDataDir(process.env)
    const supervisor = await claimTestData(dataDir)
    const testEnv = testStackEnv(process.env, dataDir)
    let config
    try {
      config = configFromEnv(testEnv)
    } catch (e) {
      await supervisor.stopAll()
      throw e instanceof ConfigError ? new StartupError(e.message) : e
    }

    const stripe = new StripeDouble({
      apiKey: testEnv.STRIPE_API_KEY!,
      publishableKey: testEnv.STRIPE_PUBLISHABLE_KEY!,
      webhookSecret: testEnv.STRIPE_WEBHOOK_SECRET!,
      webhookBase: `${backendUrl(config)}/hooks/payment/`,
      port: Number(new URL(testEnv.STRIPE_API_BASE!).port),
    })
    await stripe.start()

    console.log(bold("\n▶ starting the test stack"))
    const stack = await startStack(config, { storefront: wanted.includes("e2e"), portal: wanted.includes("e2e"), supervisor })
    try {
      const env = stackEnv(stack, stripe)
      // A journey filter picks journeys only; any other filter must match integration files (vitest fails if none does).
      if (!(last === "e2e" && filters.length)) {
        console.log(bold("\n▶ integration tests"))
        results.push(["integration", await runner(bin("vitest"), ["run", "--project", "integration", ...filters], env)])
      }
      if (wanted.includes("e2e")) {
        console.log(bold("\n▶ browser journeys (Playwright, Debian Chromium)"))
        const journeys = last === "e2e" || security ? filters : []
        results.push(["e2e", await runner(bin("playwright"), ["test", "--config", "e2e/playwright.config.ts", ...journeys], env)])
      }
    } finally {
      await stack.supervisor.stopAll()
      await stripe.stop()
    }
  }

  console.log(bold("\nSummary"))
  for (const [name, code] of results) console.log(`  ${code === 0 ? green("✔ passed") : red("✖ failed")}  ${name}`)
  process.exit(results.every(([, code]) => code === 0) ? 0 : 1)
}

main().catch(fail)
