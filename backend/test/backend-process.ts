import { spawn, type ChildProcess } from "node:child_process"
import { openSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import path from "node:path"
import { BACKEND_DIR, MEDUSA_BIN, testStack } from "./helpers"

/**
 * One more Medusa process on the test stack's PostgreSQL and Meilisearch: the
 * built backend started again on a port of its own, as a second server or
 * worker of a production deployment would be. Its pid file sits with the
 * stack's, so the test runner stops it even if a test does not.
 */
export interface BackendProcess {
  url: string
  port: number
  /** Its output (stdout and stderr). */
  logFile: string
  /** SIGTERM, and waits for the exit: a graceful stop. */
  stop(): Promise<void>
  /** SIGKILL: the process dies where it stands, as in a crash or an OOM kill. */
  kill(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export async function startBackendProcess(
  options: { port?: number; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<BackendProcess> {
  const stack = testStack()
  const port = options.port ?? (await freePort())
  const name = `backend-${port}`
  const logFile = path.join(stack.dataDir, "logs", `${name}.log`)
  const log = openSync(logFile, "a")
  const child: ChildProcess = spawn(MEDUSA_BIN, ["start"], {
    cwd: path.join(BACKEND_DIR, ".medusa", "server"),
    env: { ...stack.medusaEnv, NODE_ENV: "production", PORT: String(port), MEDUSA_DISABLE_ADMIN: "true", ...options.env },
    detached: true,
    stdio: ["ignore", log, log],
  })
  const pidFile = path.join(stack.dataDir, "run", `${name}.pid`)
  writeFileSync(pidFile, String(child.pid))
  let exited = false
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), rmSync(pidFile, { force: true }), resolve())))
  const url = `http://localhost:${port}`
  const timeoutMs = options.timeoutMs ?? 120_000
  const deadline = Date.now() + timeoutMs
  while (
    !(await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (exited) throw new Error(`The extra backend on port ${port} exited while starting; see ${name}.log`)
    if (Date.now() > deadline)
      throw new Error(`The extra backend on port ${port} did not answer within ${timeoutMs / 1000} s; see ${name}.log`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (!exited) process.kill(-child.pid!, sig)
    await exit
  }
  return { url, port, logFile, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") }
}
