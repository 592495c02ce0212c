import { createServer } from "node:net"
import { StartupError, sleep } from "./processes"

/** Fails early, naming the port and the variable that moves it, instead of a child dying with EADDRINUSE. */
export async function assertPortFree(port: number, what: string, envVar: string) {
  const inUse = await new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES"))
    server.once("listening", () => server.close(() => resolve(false)))
    server.listen(port, "127.0.0.1")
  })
  if (inUse) {
    throw new StartupError(
      `Port ${port} for ${what} is already in use.`,
      `Stop the program that uses it (is Bozor already running? try: ss -ltnp 'sport = :${port}'), or choose another port with ${envVar}=<port>.`,
    )
  }
}

/** Polls a URL until it answers 2xx, the process it belongs to dies, or the timeout passes. */
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; what: string; isDead?: () => boolean; logFile?: string; headers?: Record<string, string> },
) {
  const deadline = Date.now() + options.timeoutMs
  let last = ""
  while (Date.now() < deadline) {
    if (options.isDead?.()) {
      throw new StartupError(`${options.what} stopped while starting.`, options.logFile ? `See its log: ${options.logFile}` : undefined)
    }
    try {
      const res = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(2000) })
      if (res.ok) return
      last = `HTTP ${res.status}`
    } catch (e) {
      last = (e as Error).cause ? String((e as { cause: Error }).cause.message) : (e as Error).message
    }
    await sleep(150)
  }
  throw new StartupError(
    `${options.what} did not become ready at ${url} within ${Math.round(options.timeoutMs / 1000)} s (${last}).`,
    options.logFile ? `See its log: ${options.logFile}` : undefined,
  )
}
