import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { assertPortFree } from "./net"
import { buildBackend, migrate, publishableKey, seed, seedState, startBackend, type BackendRuntime } from "./backend"
import { backendUrl, embeddedDatabaseUrl, type StackConfig } from "./config"
import { checkExternalMeilisearch, startEmbeddedMeilisearch } from "./meilisearch"
import { ensureDatabase, startEmbeddedPostgres } from "./postgres"
import { StartupError, Supervisor } from "./processes"
import { buildPortal } from "./portal"
import { buildStorefront, startStorefront, type StorefrontRuntime } from "./storefront"
import { skipped, step } from "./ui"
import { PUBLISHABLE_KEY_TITLE } from "../../seed/src/names"
import { PublishedPasswordError, seedLogins } from "../../seed/src/demo-logins"

/** Where a running launcher tells other commands (npm run seed) which database and search it uses. */
const servicesFile = (supervisor: Supervisor) => path.join(supervisor.runDir, "services.json")

export function runningServices(config: StackConfig, supervisor: Supervisor): BackendRuntime | undefined {
  if (!supervisor.runningLauncher() || !existsSync(servicesFile(supervisor))) return undefined
  const { databaseUrl, search } = JSON.parse(readFileSync(servicesFile(supervisor), "utf8"))
  return { config, databaseUrl, search }
}

export interface RunningStack {
  backend: BackendRuntime
  publishableKey: string
  supervisor: Supervisor
}

/** Data services only: PostgreSQL (embedded unless DATABASE_URL) and Meilisearch (embedded unless MEILISEARCH_HOST). */
export async function startServices(config: StackConfig, supervisor: Supervisor): Promise<BackendRuntime> {
  const databaseUrl = config.databaseUrl
    ? await step("PostgreSQL (DATABASE_URL)", async () => {
        await ensureDatabase(config.databaseUrl!)
        return config.databaseUrl!
      })
    : await step("PostgreSQL 18 (embedded)", () => startEmbeddedPostgres(config, supervisor))
  const search = config.meilisearch
    ? await step("Meilisearch (MEILISEARCH_HOST)", () => checkExternalMeilisearch(config.meilisearch!))
    : await step("Meilisearch 1.21 (embedded)", () => startEmbeddedMeilisearch(config, supervisor))
  return { config, databaseUrl, search }
}

/**
 * Migrates and seeds the catalog on an empty database, or resumes a seed cut short. A seeded database is never
 * seeded again by a start (staff's changes stay as they are), nor one with data the seed did not make.
 */
async function prepareDatabase(rt: BackendRuntime, supervisor: Supervisor) {
  const migrated = await step("Database migrations", () => migrate(rt, supervisor))
  if (!migrated) console.log("    (schema unchanged since the last start)")
  const state = await seedState(rt.databaseUrl)
  if (state === "finished") return skipped("Catalog", "already seeded")
  if (state === "not-seeded")
    return skipped("Catalog", "data from before the seed ledger or from elsewhere, left as it is; `npm run seed` adds what is missing")
  if (state === "empty") {
    try {
      seedLogins(rt.config.env)
    } catch (e) {
      if (e instanceof PublishedPasswordError) throw new StartupError(e.message)
      throw e
    }
  }
  const title = state === "empty" ? "Seeding the catalog" : "Resuming the catalog seed"
  await step(title, (detail) => seed(rt, supervisor, [], (line) => detail(line.replace(/^.*?info:\s*/, "").slice(0, 60))))
}

/**
 * Everything `npm start` runs, in order; throws a StartupError naming the cause on the first failure. The test
 * runner passes the supervisor that already holds the data folder.
 */
export interface StackOptions {
  storefront: boolean
  /** Build the partner portal (the backend serves it at /portal either way: without a build, a page says so). */
  portal: boolean
  /** How the built shop runs; one Medusa process and one storefront unless told otherwise. */
  topology?: Topology
}

/**
 * How the built shop runs once the data is ready: `npm start` runs one Medusa process and one Next.js; the cluster
 * (scripts/lib/cluster.ts) adds Redis first, and runs several of each behind load balancers. Either way the public
 * URLs are `backendUrl(config)` and `storefrontUrl(config)`.
 */
export interface Topology {
  /** Ports beyond the public ones, checked before anything starts. */
  ports: { port: number; what: string; variable: string }[]
  /** Services the backend needs before it migrates (Redis). */
  startServices(supervisor: Supervisor): Promise<void>
  startBackend(rt: BackendRuntime, supervisor: Supervisor): Promise<void>
  startStorefront(rt: StorefrontRuntime, supervisor: Supervisor): Promise<void>
}

const singleProcess: Topology = {
  ports: [],
  startServices: async () => {},
  startBackend: (rt, supervisor) => step("Starting Medusa", () => startBackend(rt, supervisor)),
  startStorefront: (rt, supervisor) => step("Starting the storefront", () => startStorefront(rt, supervisor)),
}

export async function startStack(config: StackConfig, options: StackOptions & { supervisor?: Supervisor }): Promise<RunningStack> {
  const supervisor = options.supervisor ?? new Supervisor(config.dataDir)
  try {
    return await startWith(supervisor, config, options)
  } catch (e) {
    await supervisor.stopAll()
    throw e
  }
}

/** The runtime the backend will have, known before the services start: builds need its shape, not its data. */
function plannedRuntime(config: StackConfig): BackendRuntime {
  return {
    config,
    databaseUrl: config.databaseUrl ?? embeddedDatabaseUrl(config),
    search: config.meilisearch ?? { host: `http://127.0.0.1:${config.ports.meilisearch}` },
  }
}

/** Starts work now and lets a later step wait for it; a failure surfaces when awaited, not as an unhandled rejection. */
function inBackground<T>(work: () => Promise<T>): () => Promise<T> {
  const promise = work()
  promise.catch(() => {})
  return () => promise
}

async function startWith(supervisor: Supervisor, config: StackConfig, options: StackOptions): Promise<RunningStack> {
  const topology = options.topology ?? singleProcess
  await supervisor.claim()
  await assertPortFree(config.ports.backend, "the Medusa backend", "PORT")
  if (options.storefront) await assertPortFree(config.ports.storefront, "the storefront", "STOREFRONT_PORT")
  for (const { port, what, variable } of topology.ports) await assertPortFree(port, what, variable)

  // Builds need no database: they run while the services start, migrate and seed.
  const backendBuild = inBackground(() => buildBackend(supervisor, plannedRuntime(config)))
  const storefrontBuild = options.storefront ? inBackground(() => buildStorefront(supervisor, { config, publishableKey: "" })) : undefined
  const portalBuild = options.portal ? inBackground(() => buildPortal(supervisor)) : undefined

  await topology.startServices(supervisor)
  const backend = await startServices(config, supervisor)
  writeFileSync(servicesFile(supervisor), JSON.stringify({ databaseUrl: backend.databaseUrl, search: backend.search }))
  await prepareDatabase(backend, supervisor)
  const key = await publishableKey(backend.databaseUrl)
  if (!key) {
    throw new StartupError(
      `The database has no publishable API key titled "${PUBLISHABLE_KEY_TITLE}" for the storefront.`,
      "Create one in the admin (Settings → Publishable API Keys) with the web store's sales channel.",
    )
  }

  const built = await step("Building the backend and admin", backendBuild)
  if (!built) console.log("    (up to date)")
  if (portalBuild) {
    const builtPortal = await step("Building the partner portal", portalBuild)
    if (!builtPortal) console.log("    (up to date)")
  }
  await topology.startBackend(backend, supervisor)
  await step("Search index", () => waitForSearchIndex(backendUrl(config), key))

  if (storefrontBuild) {
    const sf = { config, publishableKey: key }
    const builtSf = await step("Building the storefront", storefrontBuild)
    if (!builtSf) console.log("    (up to date)")
    await topology.startStorefront(sf, supervisor)
  }
  return { backend, publishableKey: key, supervisor }
}

/**
 * Medusa seeds a new or changed search index in the background after it
 * starts; the shop is ready when search answers. A large catalog may take
 * longer than we wait: then the shop starts and search fills in behind it.
 */
async function waitForSearchIndex(baseUrl: string, publishableKey: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify({ entity: "product", filters: { q: "" }, pagination: { take: 1 } }),
    }).catch(() => undefined)
    if (res?.ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  console.log("    (still indexing: search fills in while the shop runs)")
}
