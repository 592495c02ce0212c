import express from "express"
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { brotliCompressSync, gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { servePortal } from "../../src/api/portal"

/** The middleware mounted as Medusa mounts a method-less route middleware: app.use(matcher, handler). */
async function serve(dir: string | undefined) {
  const app = express()
  app.use("/portal", servePortal(dir) as unknown as express.RequestHandler)
  app.use((_req, res) => res.status(404).send("fell through"))
  const server = app.listen(0)
  await new Promise((resolve) => server.once("listening", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

const script = "console.log('portal')"
let dir: string
let site: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "portal-build-"))
  mkdirSync(path.join(dir, "assets"))
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><div id=root></div>")
  writeFileSync(path.join(dir, "assets", "index-abc123.js"), script)
  writeFileSync(path.join(dir, "assets", "index-abc123.js.br"), brotliCompressSync(script))
  writeFileSync(path.join(dir, "assets", "index-abc123.js.gz"), gzipSync(script))
  site = await serve(dir)
})

afterAll(() => {
  site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe("the portal at /portal", () => {
  it("answers every client-side route with index.html, never cached, locked down", async () => {
    for (const route of ["/portal", "/portal/", "/portal/listings/prod_123", "/portal/reset-password?token=t&email=a%40b.c"]) {
      const res = await fetch(`${site.url}${route}`)
      expect(res.status, route).toBe(200)
      expect(res.headers.get("content-type")).toMatch(/text\/html/)
      expect(res.headers.get("cache-control")).toBe("no-cache")
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
      expect(res.headers.get("referrer-policy")).toBe("no-referrer")
      expect(await res.text()).toContain("<div id=root>")
    }
  })

  it("sends hashed assets precompressed as the browser accepts, cached for a year", async () => {
    const br = await fetch(`${site.url}/portal/assets/index-abc123.js`, { headers: { "accept-encoding": "br, gzip" } })
    expect(br.status).toBe(200)
    expect(br.headers.get("content-encoding")).toBe("br")
    expect(br.headers.get("content-type")).toMatch(/javascript/)
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable")
    expect(await br.text()).toBe(script) // fetch decodes: the body is the script itself

    const gzip = await fetch(`${site.url}/portal/assets/index-abc123.js`, { headers: { "accept-encoding": "gzip" } })
    expect(gzip.headers.get("content-encoding")).toBe("gzip")
    expect(await gzip.text()).toBe(script)

    const plain = await fetch(`${site.url}/portal/assets/index-abc123.js`, { headers: { "accept-encoding": "identity" } })
    expect(plain.headers.get("content-encoding")).toBeNull()
    expect(await plain.text()).toBe(script)
  })

  it("answers a missing asset with 404, never with index.html", async () => {
    for (const asset of ["/portal/assets/index-old999.js", "/portal/assets/..%2Findex.html", "/portal/assets/%E0%A4%A"]) {
      const res = await fetch(`${site.url}${asset}`)
      expect(res.status, asset).toBe(404)
      expect(res.headers.get("content-type")).not.toMatch(/html/)
    }
  })

  it("leaves other methods to the API", async () => {
    const res = await fetch(`${site.url}/portal/listings`, { method: "POST" })
    expect(await res.text()).toBe("fell through")
  })

  it("says so with a 503 page when no build is configured or the folder has none", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "portal-empty-"))
    for (const folder of [undefined, empty]) {
      const missing = await serve(folder)
      const res = await fetch(`${missing.url}/portal/sign-in`)
      expect(res.status).toBe(503)
      expect(res.headers.get("cache-control")).toBe("no-store")
      expect(await res.text()).toContain("BOZOR_PORTAL_DIR")
      missing.close()
    }
    rmSync(empty, { recursive: true, force: true })
  })
})
