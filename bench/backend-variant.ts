/**
 * Benchmark-only variants of the backend. What a benchmark compares against
 * (another search engine, the shop without its cross-border checks) never
 * lives in the shipped backend behind a switch: a variant is a copy of
 * backend/ in the bench's data folder, edited, built without the admin UI and
 * run on the data services the launcher starts.
 */
import { spawn } from "node:child_process"
import { cpSync, existsSync, rmSync } from "node:fs"
import path from "node:path"
import { MEDUSA_BIN, medusaEnv, publishableKey, seed, seedState, type BackendRuntime } from "../scripts/lib/backend"
import { BACKEND_DIR, ROOT, backendUrl, type StackConfig } from "../scripts/lib/config"
import { assertPortFree, waitForHttp } from "../scripts/lib/net"
import { run, StartupError, Supervisor, terminate, trackCommand } from "../scripts/lib/processes"
import { startServices } from "../scripts/lib/stack"
import { hashSources, readStamp, writeStamp } from "../scripts/lib/stamps"
import { skipped, step } from "../scripts/lib/ui"

export interface BackendVariant {
  /** Its folder under the bench's data folder. */
  name: string
  /** What the build step says it builds. */
  label: string
  /** Changes the fresh copy of backend/ (sources and configuration) before it is built. */
  edit(dir: string): void
}

/** A benchmark needs no admin UI: variants are built and run without it. */
const NO_ADMIN = { MEDUSA_DISABLE_ADMIN: "true" }

/** The shop's backend as it ships, built the same way as the variants it is compared with. */
export const SHIPPED: BackendVariant = { name: "backend-shipped", label: "the backend as shipped", edit: () => {} }

function writeCopy(dir: string, variant: BackendVariant) {
  for (const entry of ["src", "medusa-config.ts", "package.json", "tsconfig.json"]) {
    rmSync(path.join(dir, entry), { recursive: true, force: true })
    cpSync(path.join(BACKEND_DIR, entry), path.join(dir, entry), { recursive: true })
  }
  variant.edit(dir)
}

export interface VariantStack {
  backend: BackendRuntime
  publishableKey: string
  supervisor: Supervisor
  /** Builds a variant when its sources changed since its last build; returns its folder. */
  build(variant: BackendVariant): Promise<string>
  /** Runs a built variant on the stack's port; resolves once it answers, with how to stop it. */
  serve(dir: string, label: string): Promise<() => Promise<void>>
  /** `medusa exec` in a built variant. */
  exec(dir: string, script: string, args?: string[]): Promise<void>
}

/** PostgreSQL and Meilisearch as `npm start` runs them, migrated by `firstVariant` and seeded with the shop's catalog. */
export async function startVariantStack(config: StackConfig, firstVariant: BackendVariant): Promise<VariantStack & { first: string }> {
  const supervisor = new Supervisor(config.dataDir)
  try {
    await supervisor.claim()
    await assertPortFree(config.ports.backend, "the Medusa backend", "BENCH_BACKEND_PORT")
    const rt = await startServices(config, supervisor)

    const build = async (variant: BackendVariant) => {
      const dir = path.join(config.dataDir, variant.name)
      const built = await step(`Building ${variant.label}`, async () => {
        writeCopy(dir, variant)
        const stampFile = path.join(dir, ".medusa", "server", ".bozor-build")
        const hash = hashSources([
          path.join(dir, "src"),
          path.join(dir, "medusa-config.ts"),
          path.join(dir, "package.json"),
          path.join(ROOT, "package-lock.json"),
        ])
        if (readStamp(stampFile) === hash && existsSync(path.join(dir, ".medusa", "server", "medusa-config.js"))) return false
        await run(MEDUSA_BIN, ["build"], {
          cwd: dir,
          env: medusaEnv(rt, NO_ADMIN),
          logFile: path.join(supervisor.logDir, `${variant.name}-build.log`),
        })
        writeStamp(stampFile, hash)
        return true
      })
      if (!built) console.log("    (up to date)")
      return dir
    }

    const serve = async (dir: string, label: string) => {
      let stop: () => Promise<void> = async () => {}
      await step(`Starting Medusa (${label})`, async () => {
        const { child, logFile } = supervisor.spawn("backend", MEDUSA_BIN, ["start"], {
          cwd: path.join(dir, ".medusa", "server"),
          env: medusaEnv(rt, { NODE_ENV: "production", ...NO_ADMIN }),
        })
        let dead = false
        child.on("exit", () => (dead = true))
        stop = async () => {
          if (!dead && child.pid) await terminate(child.pid)
        }
        await waitForHttp(`${backendUrl(config)}/health`, { timeoutMs: 120_000, what: "The Medusa backend", isDead: () => dead, logFile })
      })
      return stop
    }

    const exec = (dir: string, script: string, args: string[] = []) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(MEDUSA_BIN, ["exec", script, ...args], {
          cwd: dir,
          env: medusaEnv(rt, NO_ADMIN),
          stdio: "inherit",
          detached: true,
        })
        trackCommand(child)
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartupError(`${script} failed (exit ${code}).`))))
      })

    const first = await build(firstVariant)
    // The variant's migrations (its modules and links are the shop's), then the shop's catalog.
    await step("Database migrations", () =>
      run(MEDUSA_BIN, ["db:migrate"], { cwd: first, env: medusaEnv(rt, NO_ADMIN), logFile: path.join(supervisor.logDir, "migrate.log") }),
    )
    if ((await seedState(rt.databaseUrl)) !== "finished") await step("Seeding the catalog", () => seed(rt, supervisor))
    else skipped("Catalog", "already seeded")
    const key = await publishableKey(rt.databaseUrl)
    if (!key)
      throw new StartupError("The database has products but no publishable key.", "Delete the bench's data folder and run it again.")
    return { backend: rt, publishableKey: key, supervisor, build, serve, exec, first }
  } catch (e) {
    await supervisor.stopAll()
    throw e
  }
}
