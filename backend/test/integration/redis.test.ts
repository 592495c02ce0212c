import Medusa from "@medusajs/js-sdk"
import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { connect } from "node:net"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { signStripePayload, StripeDouble, stripeEventPayload } from "../../../scripts/stripe-double/server"
import { freePort, startBackendProcess, type BackendProcess } from "../backend-process"
import { sql, testStack } from "../helpers"
import { eventually, killMeilisearch } from "../search"
import { cartWith, newCustomer, pay } from "../shop"

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

const PRODUCT = "shahrisabz-qurt-classic"
const WECHAT = "pp_stripe-wechat-pay_stripe"
const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_bozor_double"

/**
 * The production topology of DESIGN.md in small: with REDIS_URL the same build runs as two Medusa servers
 * (MEDUSA_WORKER_MODE=server) and a worker on one Redis, as behind a load balancer. Whatever a buyer, an operator or
 * Stripe sends may land on either server, so every piece of state that must hold across requests is shared: rate
 * limits and webhook receipts in PostgreSQL, the search catch-up mark in PostgreSQL, event queues and workflows in
 * Redis. The three processes boot at once; the checks share them.
 */
describe("two Medusa servers and a worker on one Redis", () => {
  let redisServer: ChildProcess | undefined
  let redisUrl: string
  let stripe: StripeDouble
  let a: BackendProcess
  let b: BackendProcess
  let worker: BackendProcess

  const stack = () => testStack()
  const storeHeaders = (locale = "en") => ({
    "content-type": "application/json",
    "x-publishable-api-key": stack().publishableKey,
    "x-medusa-locale": locale,
  })
  const control = async (path: string, method = "POST") =>
    (await fetch(`${stripe.url}/__control/${path}`, { method })).json() as Promise<any>

  beforeAll(async () => {
    redisUrl = process.env.TEST_REDIS_URL ?? ""
    if (!redisUrl) {
      if (!existsSync("/usr/bin/redis-server")) throw new Error("Set TEST_REDIS_URL or install Debian's redis-server (.ci/run does).")
      const port = await freePort()
      redisServer = spawn("/usr/bin/redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], {
        detached: true,
        stdio: "ignore",
      })
      redisUrl = `redis://127.0.0.1:${port}`
      await waitForPort(port)
    }
    // Stripe's stand-in sends its webhooks to server A, as Stripe would to the balancer in front of both.
    const portA = await freePort()
    stripe = new StripeDouble({
      apiKey: process.env.STRIPE_API_KEY ?? "sk_test_bozor_double",
      webhookSecret: WEBHOOK_SECRET,
      webhookBase: `http://localhost:${portA}/hooks/payment/`,
      port: await freePort(),
    })
    await stripe.start()
    const env = (mode: "server" | "worker") => ({ REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: mode, STRIPE_API_BASE: stripe.url })
    const started = await Promise.all([
      startBackendProcess({ port: portA, env: env("server"), timeoutMs: 240_000 }),
      startBackendProcess({ env: env("server"), timeoutMs: 240_000 }),
      startBackendProcess({ env: env("worker"), timeoutMs: 240_000 }),
    ])
    a = started[0]
    b = started[1]
    worker = started[2]
  }, 300_000)

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()])
    await stripe?.stop()
    if (redisServer) process.kill(-redisServer.pid!, "SIGTERM")
  })

  it("loads the Redis modules instead of the in-memory ones", () => {
    for (const process of [a, b, worker]) {
      const log = readFileSync(process.logFile, "utf8")
      expect(log).not.toMatch(/Local Event Bus installed/)
      expect(log).not.toMatch(/redisUrl not found/)
    }
  })

  it("serves the store API from both servers", async () => {
    for (const server of [a, b]) {
      const res = await fetch(`${server.url}/store/products?limit=3&fields=id,title`, { headers: storeHeaders() })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { products: unknown[]; count: number }
      expect(body.count).toBeGreaterThanOrEqual(60)
      expect(body.products).toHaveLength(3)
    }
  })

  it("is ready only with Redis answering, and reports the depth of its queues", async () => {
    const ready = await fetch(`${a.url}/health/ready`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: "ready", dependencies: { postgres: "ok", redis: "ok", meilisearch: "ok" } })
    const metrics = await fetch(`${b.url}/metrics`, { headers: { Authorization: `Bearer ${stack().medusaEnv.METRICS_TOKEN}` } })
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

  it("counts a rate limit once for both servers: attempts spread over A and B share one allowance", async () => {
    const { email } = await newCustomer("en")
    const login = await fetch(`${a.url}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "test-password-1" }),
    })
    const { token } = (await login.json()) as { token: string }
    // A wrong check character: each attempt is refused with a 400 and counted.
    const attempt = async (server: BackendProcess) =>
      (
        await fetch(`${server.url}/store/customers/me/customs-identities`, {
          method: "POST",
          headers: { ...storeHeaders(), authorization: `Bearer ${token}` },
          body: JSON.stringify({ real_name: "吴六", id_number: "110105194912310021" }),
        })
      ).status
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push(await attempt(i % 2 ? b : a))
    expect(statuses).toEqual(Array(10).fill(400))
    expect(await attempt(a)).toBe(429)
    expect(await attempt(b)).toBe(429)
  })

  // Servers only queue the event (they run no subscribers): the worker processes it.
  it("processes a Stripe event delivered to both servers once", async () => {
    const sdk = new Medusa({ baseUrl: a.url, publishableKey: stack().publishableKey })
    const cartId = await cartWith(sdk, [{ handle: PRODUCT }])
    const session: any = await pay(sdk, cartId, WECHAT)
    // The buyer pays: Stripe's stand-in delivers payment_intent.succeeded to server A.
    await control(`payment_intents/${session.data.id}/succeed`)
    const { data: events } = await control("events", "GET")
    const event = events.find((e: any) => e.type === "payment_intent.succeeded" && e.data.object.id === session.data.id)
    // The same signed event reaches B twice and A again at the same moment (a retry through the balancer).
    const payload = stripeEventPayload(event)
    const signature = signStripePayload(payload, WEBHOOK_SECRET)
    const statuses = await Promise.all(
      [b, b, a].map((server) =>
        fetch(`${server.url}/hooks/payment/${event.provider}`, {
          method: "POST",
          headers: { "content-type": "application/json", "stripe-signature": signature },
          body: payload,
        }).then((r) => r.status),
      ),
    )
    expect(statuses).toEqual([200, 200, 200])

    const orderOf = async () =>
      (await sql<{ order_id: string }>("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cartId]))[0]?.order_id
    await expect.poll(orderOf, { timeout: 60_000, interval: 250 }).toBeTruthy()
    await expect
      .poll(async () => (await sql<{ state: string }>("select state from webhook_receipt where id = $1", [event.id]))[0]?.state, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe("processed")
    await new Promise((r) => setTimeout(r, 7000)) // every delivery's webhook delay (5 s) is over
    const [captures] = await sql<{ count: string }>(
      `select count(*) from capture c join payment p on p.id = c.payment_id
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1`,
      [await orderOf()],
    )
    expect(Number(captures.count)).toBe(1)
    expect(await sql("select order_id from order_cart where cart_id = $1", [cartId])).toHaveLength(1)
  }, 180_000)

  it("shows a search write missed through A on B, and the index catches up from the shared mark", async () => {
    const admin = new Medusa({ baseUrl: a.url, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", DEMO_LOGINS.admin)
    const { products } = await admin.admin.product.list({ handle: "samarkand-ashtak-apricots", fields: "id,title" })
    expect(products).toHaveLength(1)
    const missedOnB = async () => {
      const text = await (
        await fetch(`${b.url}/metrics`, { headers: { Authorization: `Bearer ${stack().medusaEnv.METRICS_TOKEN}` } })
      ).text()
      return Number(text.match(/^bozor_search_index_missed_writes (\d+)$/m)?.[1] ?? NaN)
    }
    const search = async (q: string) => {
      const res = await fetch(`${b.url}/store/search`, {
        method: "POST",
        headers: storeHeaders(),
        body: JSON.stringify({ entity: "product", filters: { q }, pagination: { take: 5 } }),
      })
      if (!res.ok) return [`HTTP ${res.status}`]
      return ((await res.json()) as any).results[0].hits.map((h: any) => h.document.handle as string)
    }
    const before = await missedOnB()
    let meili: ReturnType<typeof killMeilisearch> | undefined = killMeilisearch()
    try {
      await admin.admin.product.update(products[0].id, { title: `${products[0].title} Wombat` })
      // The write was missed while Meilisearch was down; B, which never saw the change, reads the mark.
      await eventually(missedOnB, (n) => n > before, 30_000)
      meili.restart()
      meili = undefined
      await eventually(
        () => search("wombat"),
        (h) => h[0] === "samarkand-ashtak-apricots",
        90_000,
      )
      await eventually(missedOnB, (n) => n === 0, 30_000)
    } finally {
      meili?.restart()
      await admin.admin.product.update(products[0].id, { title: products[0].title })
    }
    await eventually(
      () => search("wombat"),
      (h) => h.length === 0,
      60_000,
    )
  }, 240_000)
})
