import { createRequire } from "node:module"
import { beforeAll, describe, expect, it } from "vitest"

/**
 * The cache handler's tag rules, on its in-memory store (no REDIS_URL): what Next asks of any handler, stale or expired
 * as Next's own cache answers. The shared store is proven end to end by e2e/tests/shared-cache.spec.ts.
 */
type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<{ value: Record<string, unknown> | null; lastModified: number } | null>
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}

let handler: Handler
const page = (tags: string) => ({
  kind: "APP_PAGE",
  html: "<p>page</p>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
  status: 200,
})
const PAGE_CONTROL = { cacheControl: { revalidate: 300, expire: 31_536_000 } }
const tick = () => new Promise((r) => setTimeout(r, 2))

beforeAll(() => {
  delete process.env.REDIS_URL
  const Handler = createRequire(import.meta.url)("../cache-handler.cjs") as new (ctx: Record<string, unknown>) => Handler
  handler = new Handler({ maxMemoryCacheSize: 1024 * 1024 })
})

describe("the storefront's cache handler", () => {
  it("keeps a page and gives it back as it was", async () => {
    await handler.set("/kept", page("products"), PAGE_CONTROL)
    const entry = await handler.get("/kept", { kind: "APP_PAGE", isFallback: false })
    expect(entry?.value?.html).toBe("<p>page</p>")
    expect(Date.now() - entry!.lastModified).toBeLessThan(1000)
  })

  it("serves a page whose tag was revalidated with a profile as stale, so that Next renders a fresh one behind it", async () => {
    await handler.set("/stale", page("campaigns,_N_T_/layout"), PAGE_CONTROL)
    await tick()
    await handler.revalidateTag(["campaigns"], { expire: 31_536_000 })
    const entry = await handler.get("/stale", { kind: "APP_PAGE", isFallback: false })
    expect(entry?.value?.html).toBe("<p>page</p>")
    // Older than its revalidate period (300 s): Next's sign of a stale entry.
    expect(Date.now() - entry!.lastModified).toBeGreaterThan(300_000)
    // A page rendered after the revalidation is fresh.
    await tick()
    await handler.set("/stale", page("campaigns,_N_T_/layout"), PAGE_CONTROL)
    expect(Date.now() - (await handler.get("/stale", { kind: "APP_PAGE", isFallback: false }))!.lastModified).toBeLessThan(1000)
  })

  it("misses a page whose tag expired (no profile, or expire 0), and keeps pages of other tags", async () => {
    await handler.set("/expired", page("pavilion"), PAGE_CONTROL)
    await handler.set("/other", page("events"), PAGE_CONTROL)
    await tick()
    await handler.revalidateTag("pavilion", { expire: 0 })
    expect(await handler.get("/expired", { kind: "APP_PAGE", isFallback: false })).toBeNull()
    expect(await handler.get("/other", { kind: "APP_PAGE", isFallback: false })).not.toBeNull()
    await handler.revalidateTag("_N_T_/zh-CN/layout")
    expect(await handler.get("/other", { kind: "APP_PAGE", isFallback: false })).not.toBeNull()
  })

  it("checks a read against its own tags and the page's implicit ones", async () => {
    const read = { kind: "FETCH", data: { body: "e30=", headers: {}, status: 200, url: "" }, revalidate: 300 }
    await handler.set("read", read, { fetchCache: true, tags: ["regions"] })
    await tick()
    await handler.revalidateTag("_N_T_/en/layout")
    expect(
      await handler.get("read", { kind: "FETCH", tags: ["regions"], softTags: ["_N_T_/zh-CN/layout"], revalidate: 300 }),
    ).not.toBeNull()
    expect(await handler.get("read", { kind: "FETCH", tags: ["regions"], softTags: ["_N_T_/en/layout"], revalidate: 300 })).toBeNull()
    await handler.set("read", read, { fetchCache: true, tags: ["regions"] })
    await tick()
    await handler.revalidateTag("regions", { expire: 31_536_000 })
    const stale = await handler.get("read", { kind: "FETCH", tags: [], softTags: [], revalidate: 300 })
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(300_000)
  })

  it("keeps optimized images apart from pages, untouched by tags", async () => {
    const image = { kind: "IMAGE", buffer: Buffer.alloc(2048, 7), etag: "e", extension: "avif", revalidate: 14_400 }
    await handler.set("image", image, { kind: "IMAGE", cacheControl: { revalidate: 14_400 } })
    await handler.revalidateTag(["products", "search"])
    const entry = await handler.get("image", { kind: "IMAGE", isFallback: false })
    expect((entry?.value?.buffer as Buffer).equals(image.buffer)).toBe(true)
    expect(await handler.get("image", { kind: "APP_PAGE", isFallback: false })).toBeNull()
  })
})
