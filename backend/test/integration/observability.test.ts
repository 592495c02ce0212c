import Medusa from "@medusajs/js-sdk"
import { randomUUID } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { DEMO_LOGINS } from "../../../seed/src/demo-logins"
import { startBackendProcess } from "../backend-process"
import { testStack } from "../helpers"
import { eventually, killMeilisearch } from "../search"
import { adminClient, cartWith, checkout, newIdNumber, variantOf, type Sdk } from "../shop"

const METRICS_TOKEN = "bozor-test-metrics-token"

const get = (route: string, headers: Record<string, string> = {}) => fetch(`${testStack().backendUrl}${route}`, { headers })

const metrics = async () => {
  const res = await get("/metrics", { Authorization: `Bearer ${METRICS_TOKEN}` })
  expect(res.status).toBe(200)
  return res.text()
}

/** Every log the test stack's processes write (Medusa, PostgreSQL, Meilisearch, the storefront when it runs). */
const allLogs = () => {
  const dir = path.join(testStack().dataDir, "logs")
  return readdirSync(dir)
    .filter((f) => f.endsWith(".log"))
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .join("\n")
}

/** The seeded buyer, signed in as the storefront's session would be. */
async function seededBuyer(): Promise<Sdk> {
  const stack = testStack()
  const sdk = new Medusa({
    baseUrl: stack.backendUrl,
    publishableKey: stack.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })
  await sdk.auth.login("customer", "emailpass", { email: DEMO_LOGINS.customer.email, password: DEMO_LOGINS.customer.password })
  return sdk
}

describe("readiness and liveness", () => {
  it("are ready while PostgreSQL and Meilisearch answer, and not ready, naming Meilisearch, while it is down", async () => {
    const ready = await get("/health/ready")
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: "ready", dependencies: { postgres: "ok", meilisearch: "ok" } })

    const meili = killMeilisearch()
    try {
      const down = await get("/health/ready")
      expect(down.status).toBe(503)
      expect(await down.json()).toEqual({
        status: "unavailable",
        failed: ["meilisearch"],
        dependencies: { postgres: "ok", meilisearch: "failed" },
      })
      // Liveness checks nothing beyond the process: a dependency that is down must not get the server restarted.
      const live = await get("/health/live")
      expect(live.status).toBe(200)
      expect(await live.json()).toEqual({ status: "live" })
    } finally {
      meili.restart()
    }
    await eventually(
      async () => (await get("/health/ready")).status,
      (s) => s === 200,
      30_000,
    )
  })
})

describe("request ids", () => {
  it("follow a request into Medusa's JSON request log, and are sent back", async () => {
    const requestId = `it-${randomUUID()}`
    const res = await get("/store/regions", { "x-publishable-api-key": testStack().publishableKey, "x-request-id": requestId })
    expect(res.status).toBe(200)
    expect(res.headers.get("x-request-id")).toBe(requestId)
    const line = await eventually(
      async () =>
        allLogs()
          .split("\n")
          .find((l) => l.includes(requestId)),
      (l) => l !== undefined,
      10_000,
    )
    expect(JSON.parse(line!)).toMatchObject({ level: "http", request_id: requestId, method: "GET", path: "/store/regions", status: 200 })
  })

  it("are replaced when a caller sends something that is not one", async () => {
    const res = await get("/store/regions", {
      "x-publishable-api-key": testStack().publishableKey,
      "x-request-id": "li.na@bozor.test in a log",
    })
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})

describe("metrics", () => {
  it("are served to the holder of the metrics token only", async () => {
    expect((await get("/metrics")).status).toBe(401)
    expect((await get("/metrics", { Authorization: "Bearer not-the-token" })).status).toBe(401)
  })

  it("count requests by route class, checkouts by outcome, search round trips, and the index lag", async () => {
    await fetch(`${testStack().backendUrl}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": testStack().publishableKey },
      body: JSON.stringify({ entity: "product", filters: { q: "honey" }, pagination: { take: 1 } }),
    })
    const text = await metrics()
    expect(text).toMatch(/^bozor_http_request_duration_seconds_count\{route_class="store",method="GET",status_class="2xx"\} [1-9]/m)
    expect(text).toMatch(/^bozor_http_request_duration_seconds_count\{route_class="search",method="POST",status_class="2xx"\} [1-9]/m)
    expect(text).toMatch(/^bozor_search_engine_duration_seconds_count\{outcome="ok"\} [1-9]/m)
    expect(text).toMatch(/^bozor_search_index_missed_writes 0$/m)
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m)
  })
})

describe("personal data", () => {
  it("of the seeded buyer appears in no log and no metric after they check out", async () => {
    const buyer = await seededBuyer()
    const idNumber = newIdNumber()
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`
    const street = `天河北路 ${Math.floor(Math.random() * 9000) + 1000} 号`
    const realName = `${DEMO_LOGINS.customer.last_name}${DEMO_LOGINS.customer.first_name}`
    const address = {
      first_name: DEMO_LOGINS.customer.first_name,
      last_name: DEMO_LOGINS.customer.last_name,
      province: "广东省",
      city: "广州市",
      address_1: street,
      postal_code: "510620",
      country_code: "cn",
      phone,
    }

    await buyer.store.customer.createAddress(address)
    const cartId = await cartWith(buyer, [{ handle: "white-acacia-honey" }], { email: DEMO_LOGINS.customer.email })
    await buyer.store.cart.update(cartId, { shipping_address: address, billing_address: address } as any)
    const order = await checkout(buyer, cartId, { real_name: realName, id_number: idNumber })
    expect(order.shipping_address.phone).toBe(phone)
    // A refused ID number (wrong check character) takes the error paths too.
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === "1" ? "2" : "1")
    const refused = await buyer.client
      .fetch("/store/customers/me/customs-identities", { method: "POST", body: { real_name: realName, id_number: wrong } })
      .catch((e) => e)
    expect(refused.status).toBe(400)
    // Operators look buyers up by what they know of them: those values travel in query strings.
    const admin = await adminClient()
    for (const q of [phone, DEMO_LOGINS.customer.email, idNumber]) await admin.admin.customer.list({ q } as any)
    await buyer.store.product.list({ q: street, limit: 1 } as any)
    await variantOf(buyer, "white-acacia-honey")

    const logs = await eventually(
      async () => allLogs(),
      (l) => l.includes("/admin/customers?q=*"),
      10_000,
    )
    const scraped = await metrics()
    for (const personal of [DEMO_LOGINS.customer.email, realName, phone, street, idNumber, wrong]) {
      expect(logs, `the logs hold ${personal}`).not.toContain(personal)
      expect(scraped, `the metrics hold ${personal}`).not.toContain(personal)
    }
    expect(scraped).toMatch(/^bozor_checkouts_total\{outcome="completed"\} [1-9]/m)
  })
})

type OtlpSpan = { name: string; attributes: { key: string; value: { stringValue?: string } }[] }
type OtlpExport = {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[]
}

describe("traces", () => {
  it("go to the OTLP endpoint the configuration names, with the request id and without the request's headers", async () => {
    // A collector as OpenTelemetry's OTLP/HTTP receivers are: JSON exports POSTed to /v1/traces.
    const exports: OtlpExport[] = []
    const collector = createServer((req, res) => {
      let body = ""
      req.on("data", (d) => (body += d))
      req.on("end", () => {
        if (req.url === "/v1/traces") exports.push(JSON.parse(body))
        res.writeHead(200, { "content-type": "application/json" }).end("{}")
      })
    })
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve))
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`
    const traced = await startBackendProcess({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "bozor-it" } })
    try {
      const requestId = `trace-${randomUUID()}`
      const res = await fetch(`${traced.url}/store/products?limit=1&q=13800138000`, {
        headers: {
          "x-publishable-api-key": testStack().publishableKey,
          "x-request-id": requestId,
          cookie: "connect.sid=s%3Asecret-session",
        },
      })
      expect(res.status).toBe(200)
      const spansOf = () =>
        exports.flatMap((e) => (e.resourceSpans ?? []).flatMap((r) => (r.scopeSpans ?? []).flatMap((s) => s.spans ?? [])))
      const attribute = (span: OtlpSpan, key: string) => (span.attributes ?? []).find((a) => a.key === key)?.value.stringValue
      const [span] = await eventually(
        async () => spansOf().filter((s) => attribute(s, "x-request-id") === requestId),
        (found) => found.length > 0,
        30_000,
      )
      expect(attribute(span, "http.route")).toBe("/store/products")
      expect(attribute(span, "http.url")).toBe("/store/products?limit=*&q=*")
      expect(exports[0].resourceSpans[0].resource.attributes).toContainEqual({ key: "service.name", value: { stringValue: "bozor-it" } })
      const exported = JSON.stringify(exports)
      for (const secret of [testStack().publishableKey, "secret-session", "13800138000"]) expect(exported).not.toContain(secret)
    } finally {
      await traced.stop()
      collector.close()
    }
  })
})
