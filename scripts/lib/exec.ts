import { spawn } from "node:child_process"
import { BACKEND_DIR, configFromEnv } from "./config"
import { MEDUSA_BIN, medusaEnv, migrate, type BackendRuntime } from "./backend"
import { StartupError, Supervisor, trackCommand } from "./processes"
import { runningServices, startServices } from "./stack"

/**
 * Runs a script inside Medusa (`medusa exec`), with the terminal, so it can draw its own progress bar.
 * `outputToStderr` sends Medusa's output to stderr, for a command whose own stdout is data (`--json`).
 */
export function medusaExec(
  rt: BackendRuntime,
  script: string,
  args: string[] = [],
  extraEnv: NodeJS.ProcessEnv = {},
  { outputToStderr = false } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, ["exec", script, ...args], {
      cwd: BACKEND_DIR,
      env: medusaEnv(rt, extraEnv),
      stdio: outputToStderr ? ["inherit", 2, "inherit"] : "inherit",
      detached: true,
    })
    trackCommand(child)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartupError(`${script} failed (exit ${code}).`))))
  })
}

/**
 * Gives `run` the services of the running shop when `npm start` is up;
 * otherwise starts the embedded ones for the occasion (migrated) and stops them after.
 */
export async function withServices(run: (rt: BackendRuntime) => Promise<void>, env: NodeJS.ProcessEnv = process.env) {
  const config = configFromEnv(env)
  const supervisor = new Supervisor(config.dataDir)
  let rt = runningServices(config, supervisor)
  try {
    if (rt) {
      console.log("  using the running shop's database and search")
    } else {
      await supervisor.claim()
      rt = await startServices(config, supervisor)
      await migrate(rt, supervisor)
    }
    await run(rt)
  } finally {
    await supervisor.stopAll()
  }
}
