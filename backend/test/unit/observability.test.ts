import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import { routeClass, statusClass } from "../../src/observability/metrics"
import { checkReadiness } from "../../src/observability/readiness"
import { acceptedRequestId, withoutQueryValues } from "../../src/observability/request-log"
import { redactSpan } from "../../src/observability/tracing"

describe("request ids", () => {
  it("keeps a caller's plausible id and replaces anything else", () => {
    expect(acceptedRequestId("2f1c9a7e-5b7d-4e8f-9a61-0c2d3e4f5a6b")).toBe("2f1c9a7e-5b7d-4e8f-9a61-0c2d3e4f5a6b")
    expect(acceptedRequestId("lb.edge-01:42")).toBe("lb.edge-01:42")
    for (const bad of [undefined, "", "has spaces", "x".repeat(129), "li.na@bozor.test", ["a", "b"], '"},{"level":"error']) {
      const id = acceptedRequestId(bad as never)
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(id).not.toBe(bad)
    }
  })
})

describe("URLs in logs and traces", () => {
  it("keep the path and the names of the query parameters, never their values", () => {
    expect(withoutQueryValues("/admin/customers?q=li.na%40bozor.test&limit=20")).toBe("/admin/customers?q=*&limit=*")
    expect(withoutQueryValues("http://shop/app/orders?q=13800138000")).toBe("http://shop/app/orders?q=*")
    expect(withoutQueryValues("/store/products/prod_1")).toBe("/store/products/prod_1")
    expect(withoutQueryValues("/auth/customer/emailpass/update?token=eyJhbGciOi")).toBe("/auth/customer/emailpass/update?token=*")
  })
})

describe("route classes", () => {
  it("tell the APIs apart without naming a route or an id", () => {
    expect(routeClass("/store/search")).toBe("search")
    expect(routeClass("/store/products?handle=x")).toBe("store")
    expect(routeClass("/admin/orders/order_1")).toBe("admin")
    expect(routeClass("/auth/customer/emailpass")).toBe("auth")
    expect(routeClass("/hooks/payment/card_stripe")).toBe("hooks")
    expect(routeClass("/health/ready")).toBe("operations")
    expect(routeClass("/metrics")).toBe("operations")
    expect(routeClass("/static/product.png")).toBe("static")
    expect(routeClass("/storefoo")).toBe("other")
    expect(routeClass("/wp-login.php")).toBe("other")
    expect(statusClass(503)).toBe("5xx")
  })
})

describe("spans", () => {
  it("lose the request headers Medusa copies onto them, and query values, before they are exported", () => {
    const span = {
      name: "GET /store/orders/order_1?access=eyJhbGciOi",
      attributes: {
        "http.route": "/store/orders/:id",
        "http.url": "/store/orders/order_1?access=eyJhbGciOi",
        "http.method": "GET",
        cookie: "connect.sid=s%3Asecret",
        authorization: "Bearer eyJhbGciOi",
        "x-publishable-api-key": "pk_123",
        "x-order-access": "eyJhbGciOi",
        "x-request-id": "req-1",
        "db.statement": "select * from order where id = $1",
      },
    }
    const query = {
      name: "pg.query:SELECT bozor",
      attributes: { "db.statement": "select * from api_key where token = 'pk_123' and title <> 'O''Brien' limit 1" },
    }
    redactSpan(query as never)
    expect(query.attributes["db.statement"]).toBe("select * from api_key where token = '?' and title <> '?' limit 1")
    redactSpan(span as never)
    expect(span.name).toBe("GET /store/orders/order_1?access=*")
    expect(span.attributes).toEqual({
      "http.route": "/store/orders/:id",
      "http.url": "/store/orders/order_1?access=*",
      "http.method": "GET",
      "x-request-id": "req-1",
      "db.statement": "select * from order where id = $1",
    })
  })
})

describe("readiness", () => {
  it("names each dependency that does not answer, and only its state", async () => {
    const meili = createServer((req, res) => res.writeHead(req.url === "/health" ? 200 : 404).end('{"status":"available"}'))
    await new Promise<void>((resolve) => meili.listen(0, "127.0.0.1", resolve))
    const host = `http://127.0.0.1:${(meili.address() as AddressInfo).port}`
    try {
      expect(await checkReadiness(async () => 1, { MEILISEARCH_HOST: host })).toEqual({
        ready: true,
        dependencies: { postgres: "ok", meilisearch: "ok" },
      })
      const down = await checkReadiness(() => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432")), { MEILISEARCH_HOST: host })
      expect(down).toEqual({ ready: false, dependencies: { postgres: "failed", meilisearch: "ok" } })
    } finally {
      meili.close()
    }
    const gone = await checkReadiness(async () => 1, { MEILISEARCH_HOST: host, REDIS_URL: "redis://127.0.0.1:1" })
    expect(gone).toEqual({ ready: false, dependencies: { postgres: "ok", redis: "failed", meilisearch: "failed" } })
  })
})
