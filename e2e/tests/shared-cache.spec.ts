import { expect, test, type APIRequestContext } from "@playwright/test"
import { spawn, type ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import { connect, createServer } from "node:net"
import path from "node:path"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"

/**
 * Two storefront instances on one Redis (REDIS_URL) share one cache: a page one of them rendered is served by the
 * other, a revalidation received by one reaches both, and an image one of them encoded is served by the other. A third
 * instance, on a Redis that is not there, still serves every page. The instances are `next start` of the storefront
 * the test stack built, against the test stack's backend; they are stopped at the end.
 */
const ROOT = path.resolve(__dirname, "../..")
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next")
const backend = process.env.BOZOR_TEST_BACKEND_URL ?? "http://localhost:9000"
const medusaEnv = JSON.parse(process.env.BOZOR_TEST_MEDUSA_ENV ?? "{}") as Record<string, string>
const secret = medusaEnv.REVALIDATE_SECRET ?? ""
const HANDLE = "hand-braided-leather-belt"

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)))
    socket.on("error", () => resolve(false))
  })

interface Instance {
  url: string
  child: ChildProcess
  log: () => string
}

async function startStorefront(redisUrl: string): Promise<Instance> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(NEXT_BIN, ["start", "-p", String(port)], {
    cwd: path.join(ROOT, "storefront"),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backend,
      MEDUSA_PUBLISHABLE_KEY: process.env.BOZOR_TEST_PUBLISHABLE_KEY,
      STOREFRONT_URL: url,
      REVALIDATE_SECRET: secret,
      REDIS_URL: redisUrl,
    },
    detached: true,
  })
  let log = ""
  child.stdout!.on("data", (d) => (log += d))
  child.stderr!.on("data", (d) => (log += d))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${log.slice(-3000)}`)
    if (
      await fetch(`${url}/zh-CN`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child, log: () => log }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`next start did not serve within a minute:\n${log.slice(-3000)}`)
}

const stop = (child?: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once("exit", () => resolve())
    process.kill(-child.pid!, "SIGTERM")
  })

async function adminProduct(request: APIRequestContext) {
  const { token } = await (await request.post(`${backend}/auth/user/emailpass`, { data: DEMO_LOGINS.admin })).json()
  const headers = { authorization: `Bearer ${token}` }
  const { products } = await (
    await request.get(`${backend}/admin/products`, { headers, params: { handle: HANDLE, fields: "id,subtitle" } })
  ).json()
  expect(products).toHaveLength(1)
  const { id, subtitle } = products[0] as { id: string; subtitle: string | null }
  return {
    subtitle,
    setSubtitle: async (value: string | null) =>
      expect((await request.post(`${backend}/admin/products/${id}`, { headers, data: { subtitle: value } })).ok()).toBe(true),
  }
}

test.describe("the cache shared by storefront instances", () => {
  test.describe.configure({ timeout: 180_000 })
  let redisServer: ChildProcess | undefined
  let a: Instance
  let b: Instance

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    let redisUrl = process.env.TEST_REDIS_URL ?? ""
    if (!redisUrl) {
      if (!existsSync("/usr/bin/redis-server")) throw new Error("Set TEST_REDIS_URL or install Debian's redis-server (.ci/run does).")
      const port = await freePort()
      redisServer = spawn("/usr/bin/redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], {
        detached: true,
        stdio: "ignore",
      })
      redisUrl = `redis://127.0.0.1:${port}`
      await expect.poll(() => listening(port)).toBe(true)
    }
    ;[a, b] = await Promise.all([startStorefront(redisUrl), startStorefront(redisUrl)])
  })

  test.afterAll(async () => {
    await Promise.all([stop(a?.child), stop(b?.child)])
    if (redisServer) process.kill(-redisServer.pid!, "SIGTERM")
  })

  test("a page rendered by one instance is served by the other, and a change revalidated through one reaches both", async ({ request }) => {
    const url = `/en/products/${HANDLE}`
    const product = await adminProduct(request)
    const rendered = await request.get(a.url + url)
    expect(rendered.status()).toBe(200)
    // Stored once A serves it as a hit (the entry is written as the response goes out).
    await expect.poll(async () => (await request.get(a.url + url)).headers()["x-nextjs-cache"]).toBe("HIT")
    // B has never rendered this page: a hit there is A's entry, from Redis.
    const shared = await request.get(b.url + url)
    expect(shared.headers()["x-nextjs-cache"]).toBe("HIT")
    expect(await shared.text()).toBe(await rendered.text())

    const changed = `Braided this week ${Date.now()}`
    await product.setSubtitle(changed)
    try {
      // The backend tells one storefront (here A, as a load balancer would pick it) what it tells on a product update.
      const revalidated = await request.post(`${a.url}/api/revalidate`, {
        headers: { "x-revalidate-secret": secret },
        data: { tags: ["products", "search"] },
      })
      expect(revalidated.ok()).toBe(true)
      // B gets the change: its next request is served stale while the fresh page renders, as Next's "max" profile says.
      const seen: string[] = []
      await expect
        .poll(
          async () => {
            const res = await request.get(b.url + url)
            seen.push(res.headers()["x-nextjs-cache"] ?? "none")
            return (await res.text()).includes(changed)
          },
          { timeout: 30_000 },
        )
        .toBe(true)
      expect(seen).toContain("STALE")
      // …and A serves the page B rendered.
      const fromB = await request.get(a.url + url)
      expect(fromB.headers()["x-nextjs-cache"]).toBe("HIT")
      expect(await fromB.text()).toContain(changed)
    } finally {
      await product.setSubtitle(product.subtitle)
    }
  })

  test("an image encoded by one instance is served by the other from the shared cache", async ({ request }) => {
    const html = await (await request.get(`${a.url}/zh-CN/products/${HANDLE}`)).text()
    const src = /<img[^>]+src="([^"]*\/_next\/image\?[^"]+)"/.exec(html)?.[1]
    expect(src).toBeTruthy()
    const image = new URL(src!.replaceAll("&amp;", "&"), a.url)
    const headers = { accept: "image/avif,image/webp,*/*" }
    const encoded = await request.get(a.url + image.pathname + image.search, { headers })
    expect(encoded.status()).toBe(200)
    expect(encoded.headers()["content-type"]).toBe("image/avif")
    await expect
      .poll(async () => (await request.get(a.url + image.pathname + image.search, { headers })).headers()["x-nextjs-cache"])
      .toBe("HIT")
    const shared = await request.get(b.url + image.pathname + image.search, { headers })
    expect(shared.headers()["x-nextjs-cache"]).toBe("HIT")
    expect((await shared.body()).equals(await encoded.body())).toBe(true)
  })

  test("an instance whose Redis is down renders every page and says so once", async ({ request }) => {
    const down = await startStorefront(`redis://127.0.0.1:${await freePort()}`)
    try {
      for (const url of [`/en/products/${HANDLE}`, `/en/products/${HANDLE}`, "/zh-CN", "/en/search?q=honey"]) {
        const res = await request.get(down.url + url)
        expect(res.status(), url).toBe(200)
      }
      expect(down.log().match(/the shared cache is unavailable/g)).toHaveLength(1)
    } finally {
      await stop(down.child)
    }
  })
})
