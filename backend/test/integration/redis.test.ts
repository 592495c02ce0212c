import { spawn, type ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import { connect, createServer } from "node:net"
import path from "node:path"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BACKEND_DIR, MEDUSA_BIN, testStack } from "../helpers"

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const waitForPort = async (port: number) => {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)))
      socket.on("error", () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server did not listen on ${port}`)
}

const stop = (child?: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once("exit", () => resolve())
    process.kill(-child.pid!, "SIGTERM")
  })

/**
 * The production switch of DESIGN.md: with REDIS_URL the same build boots on
 * Redis event bus, workflow engine, locking and caching, and serves the store.
 */
describe("with REDIS_URL", () => {
  let redisServer: ChildProcess | undefined
  let medusa: ChildProcess | undefined
  let redisUrl: string
  let backendUrl: string
  let log = ""

  beforeAll(async () => {
    redisUrl = process.env.TEST_REDIS_URL ?? ""
    if (!redisUrl) {
      if (!existsSync("/usr/bin/redis-server")) throw new Error("Set TEST_REDIS_URL or install Debian's redis-server (.ci/run does).")
      const port = await freePort()
      redisServer = spawn("/usr/bin/redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], { detached: true, stdio: "ignore" })
      redisUrl = `redis://127.0.0.1:${port}`
      await waitForPort(port)
    }
    const port = await freePort()
    backendUrl = `http://localhost:${port}`
    medusa = spawn(MEDUSA_BIN, ["start"], {
      cwd: path.join(BACKEND_DIR, ".medusa", "server"),
      env: { ...testStack().medusaEnv, NODE_ENV: "production", REDIS_URL: redisUrl, PORT: String(port), MEDUSA_BACKEND_URL: backendUrl },
      detached: true,
    })
    medusa.stdout!.on("data", (d) => (log += d))
    medusa.stderr!.on("data", (d) => (log += d))
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (medusa.exitCode !== null) throw new Error(`medusa start exited ${medusa.exitCode}:\n${log.slice(-3000)}`)
      const ok = await fetch(`${backendUrl}/health`).then((r) => r.ok, () => false)
      if (ok) return
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error(`medusa start with REDIS_URL did not become healthy:\n${log.slice(-3000)}`)
  })

  afterAll(async () => {
    await stop(medusa)
    if (redisServer) process.kill(-redisServer.pid!, "SIGTERM")
  })

  it("loads the Redis modules instead of the in-memory ones", () => {
    expect(log).not.toMatch(/Local Event Bus installed/)
    expect(log).not.toMatch(/redisUrl not found/)
  })

  it("serves the store API", async () => {
    const res = await fetch(`${backendUrl}/store/products?limit=3&fields=id,title`, {
      headers: { "x-publishable-api-key": testStack().publishableKey },
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { products: unknown[]; count: number }
    expect(body.count).toBeGreaterThanOrEqual(60)
    expect(body.products).toHaveLength(3)
  })

  it("is ready only with Redis answering, and reports the depth of its queues", async () => {
    const ready = await fetch(`${backendUrl}/health/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: "ready", dependencies: { postgres: "ok", redis: "ok", meilisearch: "ok" } })
    const metrics = await fetch(`${backendUrl}/metrics`, { headers: { Authorization: `Bearer ${testStack().medusaEnv.METRICS_TOKEN}` } })
    expect(metrics.status).toBe(200)
    const text = await metrics.text()
    for (const queue of ["events", "workflows", "workflow-jobs"]) {
      expect(text).toMatch(new RegExp(`^bozor_queue_jobs\\{queue="${queue}",state="waiting"\\} \\d+$`, "m"))
    }
  })

  it("keeps its event queues and workflow state in Redis", async () => {
    const redis = new Redis(redisUrl)
    const keys = await redis.keys("*")
    await redis.quit()
    expect(keys.some((k) => k.startsWith("bull:"))).toBe(true)
  })
})
