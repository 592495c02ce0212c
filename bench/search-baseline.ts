/**
 * The search benchmark's baseline — the shop's product index served by
 * Medusa's own PostgreSQL provider (`product_pg`) beside the Meilisearch one,
 * both through POST /store/search — exists only here. The shipped backend
 * has one engine and no switch for another: the bench copies backend/ into
 * its data folder, adds two files, builds the copy and runs it on the data
 * services the launcher starts.
 */
import { spawn } from "node:child_process"
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { MEDUSA_BIN, medusaEnv, publishableKey, seed, seedState, type BackendRuntime } from "../scripts/lib/backend"
import { BACKEND_DIR, ROOT, backendUrl, type StackConfig } from "../scripts/lib/config"
import { assertPortFree, waitForHttp } from "../scripts/lib/net"
import { run, StartupError, Supervisor, trackCommand } from "../scripts/lib/processes"
import { startServices } from "../scripts/lib/stack"
import { hashSources, readStamp, writeStamp } from "../scripts/lib/stamps"
import { skipped, step } from "../scripts/lib/ui"

/**
 * What the copy adds to the backend. The shop's middlewares move to
 * src/api/shop-middlewares.ts and the new middlewares.ts adds the baseline to
 * the indexes the store route opens (configureStoreSearch merges them).
 */
const ADDED_FILES: Record<string, string> = {
  "src/search/product-baseline.ts": `import { defineProductIndex } from "./product"

/** The shop's product index, served by Medusa's PostgreSQL provider: the search benchmark's baseline. */
defineProductIndex("product_pg", "search-postgres")
`,
  "src/api/middlewares.ts": `import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import shop from "./shop-middlewares"

/** The shop's middlewares, and POST /store/search open to the baseline index as well. */
export default defineMiddlewares({
  ...shop,
  routes: [
    ...(shop.routes ?? []),
    { matcher: "/store/search", method: ["POST"], middlewares: [configureStoreSearch({ allowed_indexes: { product_pg: true } })] },
  ],
})
`,
}

/** The benchmark needs no admin UI: the copy is built and run without it. */
const NO_ADMIN = { MEDUSA_DISABLE_ADMIN: "true" }

/** Copies backend/ (sources and configuration, not builds, uploads or tests) into `dir` with the baseline added. */
function writeCopy(dir: string) {
  for (const entry of ["src", "medusa-config.ts", "package.json", "tsconfig.json"]) {
    rmSync(path.join(dir, entry), { recursive: true, force: true })
    cpSync(path.join(BACKEND_DIR, entry), path.join(dir, entry), { recursive: true })
  }
  renameSync(path.join(dir, "src/api/middlewares.ts"), path.join(dir, "src/api/shop-middlewares.ts"))
  for (const [file, text] of Object.entries(ADDED_FILES)) writeFileSync(path.join(dir, file), text)
}

/** Builds the copy when its sources changed since its last build; returns whether it built. */
async function buildCopy(dir: string, rt: BackendRuntime, supervisor: Supervisor): Promise<boolean> {
  writeCopy(dir)
  const stampFile = path.join(dir, ".medusa", "server", ".bozor-build")
  const hash = hashSources([path.join(dir, "src"), path.join(dir, "medusa-config.ts"), path.join(dir, "package.json"), path.join(ROOT, "package-lock.json")])
  if (readStamp(stampFile) === hash && existsSync(path.join(dir, ".medusa", "server", "medusa-config.js"))) return false
  await run(MEDUSA_BIN, ["build"], { cwd: dir, env: medusaEnv(rt, NO_ADMIN), logFile: path.join(supervisor.logDir, "baseline-build.log") })
  writeStamp(stampFile, hash)
  return true
}

export interface BaselineStack {
  backend: BackendRuntime
  publishableKey: string
  supervisor: Supervisor
  /** `medusa exec` in the copy, where both indexes are defined (reindexing product_pg needs that). */
  exec(script: string, args?: string[]): Promise<void>
}

/** PostgreSQL and Meilisearch as `npm start` runs them, the catalog, and the copy of the backend serving both indexes. */
export async function startBaselineStack(config: StackConfig): Promise<BaselineStack> {
  const supervisor = new Supervisor(config.dataDir)
  const dir = path.join(config.dataDir, "backend-with-baseline")
  try {
    await supervisor.claim()
    await assertPortFree(config.ports.backend, "the Medusa backend", "BENCH_BACKEND_PORT")
    const rt = await startServices(config, supervisor)
    const built = await step("Building the backend with the PostgreSQL baseline", () => buildCopy(dir, rt, supervisor))
    if (!built) console.log("    (up to date)")
    // The copy's migrations include the baseline's index; the catalog is the shop's seed.
    await step("Database migrations", () => run(MEDUSA_BIN, ["db:migrate"], { cwd: dir, env: medusaEnv(rt), logFile: path.join(supervisor.logDir, "migrate.log") }))
    if ((await seedState(rt.databaseUrl)) !== "finished") await step("Seeding the catalog", () => seed(rt, supervisor))
    else skipped("Catalog", "already seeded")
    const key = await publishableKey(rt.databaseUrl)
    if (!key) throw new StartupError("The database has products but no publishable key.", "Delete the bench's data folder and run it again.")

    await step("Starting Medusa (both search indexes)", async () => {
      const { child, logFile } = supervisor.spawn("backend", MEDUSA_BIN, ["start"], {
        cwd: path.join(dir, ".medusa", "server"),
        env: medusaEnv(rt, { NODE_ENV: "production", ...NO_ADMIN }),
      })
      let dead = false
      child.on("exit", () => (dead = true))
      await waitForHttp(`${backendUrl(config)}/health`, { timeoutMs: 120_000, what: "The Medusa backend", isDead: () => dead, logFile })
    })
    await step("Search index", () => searchAnswers(backendUrl(config), key))
    const exec = (script: string, args: string[] = []) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(MEDUSA_BIN, ["exec", script, ...args], { cwd: dir, env: medusaEnv(rt, NO_ADMIN), stdio: "inherit", detached: true })
        trackCommand(child)
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartupError(`${script} failed (exit ${code}).`))))
      })
    return { backend: rt, publishableKey: key, supervisor, exec }
  } catch (e) {
    await supervisor.stopAll()
    throw e
  }
}

/** Medusa seeds a new search index in the background after it starts: the shop's index answers first. */
async function searchAnswers(baseUrl: string, key: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({ entity: "product", filters: { q: "" }, pagination: { take: 1 } }),
    }).catch(() => undefined)
    if (res?.ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new StartupError(`Search did not answer within ${timeoutMs / 1000} s.`)
}
