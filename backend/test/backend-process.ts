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

export async function startBackendProcess(options: { port?: number; env?: NodeJS.ProcessEnv } = {}): Promise<BackendProcess> {
  const stack = testStack()
  const port = options.port ?? (await freePort())
  const name = `backend-${port}`
  const log = openSync(path.join(stack.dataDir, "logs", `${name}.log`), "a")
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
  const deadline = Date.now() + 120_000
  while (!(await fetch(`${url}/health`).then((r) => r.ok).catch(() => false))) {
    if (exited) throw new Error(`The extra backend on port ${port} exited while starting; see ${name}.log`)
    if (Date.now() > deadline) throw new Error(`The extra backend on port ${port} did not answer within 120 s; see ${name}.log`)
    await new Promise((r) => setTimeout(r, 250))
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (!exited) process.kill(-child.pid!, sig)
    await exit
  }
  return { url, port, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") }
}
