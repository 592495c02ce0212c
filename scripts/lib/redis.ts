import { existsSync, mkdirSync } from "node:fs"
import { connect } from "node:net"
import path from "node:path"
import { ROOT } from "./config"
import { assertPortFree } from "./net"
import { StartupError, sleep, type Supervisor } from "./processes"

const REDIS_SERVER = "/usr/bin/redis-server"
const REDIS_CONF = path.join(ROOT, "deploy", "redis.conf")

/** One PING over a raw socket: the first reply line (+PONG, or an error such as -LOADING or -NOAUTH), or why none came. */
function ping(url: URL): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port || 6379), url.hostname, () => socket.write("PING\r\n"))
    socket.setTimeout(2000, () => (socket.destroy(), resolve("timeout")))
    socket.once("data", (d) => (socket.end(), resolve(d.toString().split("\r\n")[0])))
    socket.once("error", (e) => resolve((e as NodeJS.ErrnoException).code ?? e.message))
  })
}

/** Waits until Redis answers: any reply means it listens (a password or a data load in progress is Medusa's to wait for). */
export async function waitForRedis(redisUrl: string, timeoutMs: number, isDead: () => boolean = () => false) {
  const url = new URL(redisUrl)
  if (url.protocol === "rediss:") return // TLS: left to Medusa's clients, which say what fails
  const deadline = Date.now() + timeoutMs
  let last = ""
  while (Date.now() < deadline && !isDead()) {
    last = await ping(url)
    if (/^[+-]/.test(last)) return
    await sleep(100)
  }
  throw new StartupError(
    `Redis at ${url.host} does not answer (${last}).`,
    "Check REDIS_URL, or unset it to run Debian's redis-server with the data.",
  )
}

/** Debian's redis-server with deploy/redis.conf, on loopback, its append-only log in the data folder's redis/. */
export async function startEmbeddedRedis(dataDir: string, port: number, supervisor: Supervisor): Promise<string> {
  if (!existsSync(REDIS_SERVER))
    throw new StartupError("redis-server is not installed.", "apt-get install redis-server, or set REDIS_URL to a Redis of your own.")
  await assertPortFree(port, "the embedded Redis", "REDIS_PORT")
  const dir = path.join(dataDir, "redis")
  mkdirSync(dir, { recursive: true })
  const { child, logFile } = supervisor.spawn(
    "redis",
    REDIS_SERVER,
    [REDIS_CONF, "--bind", "127.0.0.1", "--port", String(port), "--dir", dir],
    {
      cwd: dir,
      env: { PATH: process.env.PATH },
    },
  )
  const url = `redis://127.0.0.1:${port}`
  let dead = false
  child.on("exit", () => (dead = true))
  await waitForRedis(url, 30_000, () => dead).catch((e) => {
    if (!dead) throw e
  })
  if (dead) throw new StartupError("redis-server stopped while starting.", `See its log: ${logFile}`)
  return url
}
