import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT, shopDataDir } from "./config"
import { StartupError, Supervisor } from "./processes"

/** Left in a test data folder by the runner that made it: the runner wipes only folders that carry it. */
export const TEST_DATA_MARKER = ".bozor-test-data"
const DEFAULT_TEST_DATA_DIR = ".data/test"

/** A path with every symbolic link in the part of it that exists resolved, so that a link cannot hide where it points. */
function realPath(p: string): string {
  const missing: string[] = []
  let existing = p
  while (!existsSync(existing)) {
    missing.unshift(path.basename(existing))
    existing = path.dirname(existing)
  }
  return path.join(realpathSync.native(existing), ...missing)
}

/** Whether `outer` is `inner` or one of the folders that hold it. */
const holds = (outer: string, inner: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep)

/**
 * The folder `npm test` deletes and rebuilds on every run: BOZOR_TEST_DATA_DIR (relative to the repository) or
 * `.data/test`; an empty value is unset. Refused, before anything is touched: the repository or any folder holding
 * it, the shop's own data folder (BOZOR_DATA_DIR or `.data`) or any folder holding it, and a folder that has files
 * but no marker of a previous test run (a folder the runner did not make). The default folder is the runner's own.
 */
export function testDataDir(env: NodeJS.ProcessEnv, root = ROOT): string {
  const given = env.BOZOR_TEST_DATA_DIR || DEFAULT_TEST_DATA_DIR
  const dir = realPath(path.resolve(root, given))
  const refuse = (why: string): never => {
    throw new StartupError(
      `Refusing to use BOZOR_TEST_DATA_DIR=${JSON.stringify(env.BOZOR_TEST_DATA_DIR ?? "")} (${dir}): ${why}. npm test deletes its test data folder on every run.`,
      `Unset BOZOR_TEST_DATA_DIR to use ${DEFAULT_TEST_DATA_DIR}, or point it at a new or empty folder of its own.`,
    )
  }
  if (holds(dir, realPath(root))) refuse("it holds the repository")
  if (holds(dir, realPath(shopDataDir(env, root)))) refuse("it holds the shop's own data (BOZOR_DATA_DIR or .data)")
  const isDefault = dir === realPath(path.resolve(root, DEFAULT_TEST_DATA_DIR))
  if (!isDefault && existsSync(dir) && readdirSync(dir).length && !existsSync(path.join(dir, TEST_DATA_MARKER))) {
    refuse(`it has files but no ${TEST_DATA_MARKER} marker, so npm test did not make it`)
  }
  return dir
}

/**
 * Takes the test data folder for this run, then empties it: the launcher lock comes first, so a folder another
 * test run (or a shop) is using is refused before anything in it is deleted. Only the lock itself is kept.
 */
export async function claimTestData(dir: string): Promise<Supervisor> {
  const supervisor = new Supervisor(dir)
  await supervisor.claim()
  const lock = supervisor.lockFile
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (!holds(full, lock)) rmSync(full, { recursive: true, force: true })
  }
  for (const entry of readdirSync(supervisor.runDir)) {
    const full = path.join(supervisor.runDir, entry)
    if (full !== lock) rmSync(full, { recursive: true, force: true })
  }
  writeFileSync(path.join(dir, TEST_DATA_MARKER), "Made by npm test, which deletes this folder on every run.\n")
  mkdirSync(supervisor.logDir, { recursive: true })
  return supervisor
}

/**
 * The whole environment of the test stack, from the test settings of the shell (TEST_*_PORT) and nothing else of
 * it: no REDIS_URL, S3_*, SMTP_URL, Stripe keys, public URLs or secrets reach a test backend, so a shell set up for
 * production cannot send test events, uploads, mail or payments there.
 */
export function testStackEnv(shell: NodeJS.ProcessEnv, dataDir: string): NodeJS.ProcessEnv {
  const stripePort = shell.TEST_STRIPE_PORT || "12111"
  return {
    PATH: shell.PATH,
    HOME: shell.HOME,
    BOZOR_DATA_DIR: dataDir,
    POSTGRES_PORT: shell.TEST_POSTGRES_PORT || "5489",
    MEILISEARCH_PORT: shell.TEST_MEILISEARCH_PORT || "7701",
    PORT: shell.TEST_BACKEND_PORT || "9001",
    STOREFRONT_PORT: shell.TEST_STOREFRONT_PORT || "8001",
    // Stripe is outside this machine: the backend's real providers talk to a local double of its API.
    STRIPE_API_KEY: "sk_test_bozor_double",
    STRIPE_PUBLISHABLE_KEY: "pk_test_bozor_double",
    STRIPE_WEBHOOK_SECRET: "whsec_bozor_double",
    STRIPE_API_BASE: `http://127.0.0.1:${stripePort}`,
    // The test stack serves its metrics to the tests, with a token of its own.
    METRICS_TOKEN: "bozor-test-metrics-token",
  }
}
