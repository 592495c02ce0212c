/**
 * `npm run seed [-- --synthetic N]`: loads the catalog (idempotent) into the
 * configured database — the running shop's if `npm start` is up, otherwise
 * the embedded PostgreSQL, started for the occasion and stopped after.
 */
import { spawn } from "node:child_process"
import { BACKEND_DIR, configFromEnv } from "./lib/config"
import { MEDUSA_BIN, medusaEnv, migrate, type BackendRuntime } from "./lib/backend"
import { StartupError, Supervisor } from "./lib/processes"
import { runningServices, startServices } from "./lib/stack"
import { bold, fail, step } from "./lib/ui"
import { SeedArgsError, toLoaderArgs } from "../seed/src/args"

function load(rt: BackendRuntime, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Inherit the terminal: the loader draws its own progress bar.
    const child = spawn(MEDUSA_BIN, ["exec", "../seed/src/load.ts", ...args], { cwd: BACKEND_DIR, env: medusaEnv(rt), stdio: "inherit" })
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartupError(`The seed failed (exit ${code}).`))))
  })
}

async function main() {
  let args: string[]
  try {
    args = toLoaderArgs(process.argv.slice(2))
  } catch (e) {
    throw e instanceof SeedArgsError ? new StartupError(e.message) : e
  }
  const config = configFromEnv()
  const supervisor = new Supervisor(config.dataDir)
  console.log(bold("\nBozor · seeding the catalog\n"))
  let rt = runningServices(config, supervisor)
  try {
    if (rt) {
      console.log("  using the running shop's database")
    } else {
      await supervisor.claim()
      rt = await startServices(config, supervisor)
      await step("Database migrations", () => migrate(rt!, supervisor))
    }
    const started = Date.now()
    await load(rt, args)
    console.log(`\n  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await supervisor.stopAll()
  }
}

main().catch(fail)
