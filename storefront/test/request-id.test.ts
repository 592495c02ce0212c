import Medusa from "@medusajs/js-sdk"
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"

vi.mock("server-only", () => ({}))
const { traceBackendCalls } = await import("@/lib/medusa/request-id")

/** A backend that records the headers of each request it gets and answers like Medusa's store API. */
const received: { url: string; headers: IncomingHttpHeaders }[] = []
const backend = createServer((req, res) => {
  received.push({ url: req.url!, headers: req.headers })
  const status = req.url!.startsWith("/store/broken") ? 500 : 200
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(status === 200 ? { regions: [] } : { message: "boom" }))
})
let baseUrl = ""

beforeAll(async () => {
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`
})
afterAll(() => backend.close())

function tracedSdk() {
  const sdk = new Medusa({ baseUrl, publishableKey: "pk_test" })
  traceBackendCalls(sdk)
  return sdk
}

describe("the storefront's backend calls", () => {
  it("carry a request id, and the storefront logs the call under the same id, without the query", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {})
    try {
      await tracedSdk().store.region.list({ q: "13800138000" } as never)
      const { url, headers } = received.at(-1)!
      expect(url).toContain("q=13800138000")
      const requestId = headers["x-request-id"]
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
      const line = JSON.parse(String(log.mock.calls.at(-1)![0]))
      expect(line).toMatchObject({ message: "backend call", request_id: requestId, method: "GET", path: "/store/regions", ok: true })
      expect(JSON.stringify(line)).not.toContain("13800138000")
    } finally {
      log.mockRestore()
    }
  })

  it("get a new id each, and a failed call is logged as an error with its status", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {})
    try {
      const sdk = tracedSdk()
      await sdk.client.fetch("/store/regions")
      await expect(sdk.client.fetch("/store/broken")).rejects.toBeTruthy()
      const [first, second] = received.slice(-2).map((r) => r.headers["x-request-id"])
      expect(first).not.toBe(second)
      expect(JSON.parse(String(log.mock.calls.at(-1)![0]))).toMatchObject({ level: "error", request_id: second, ok: false, status: 500 })
    } finally {
      log.mockRestore()
    }
  })

  it("leave cached catalog reads alone: a new id on each would make every read a cache miss", async () => {
    await tracedSdk().client.fetch("/store/regions", { cache: "force-cache" })
    expect(received.at(-1)!.headers["x-request-id"]).toBeUndefined()
  })
})
