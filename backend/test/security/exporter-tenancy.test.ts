import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient, testStack } from "../helpers"
import { cartWith, checkout, newCustomer, newIdNumber } from "../shop"
import { EXPORTER_API_KEY_ROUTES } from "../../src/api/exporter/actor"
import {
  BUYER,
  BUYER_PII,
  call,
  liveListing,
  imageForm,
  newExporter,
  operator,
  operatorTokenOf,
  personFor,
  PNG,
  readyListing,
  type Answer,
  type ExporterPerson,
} from "../exporters"
import { demoConsulateStaff } from "../consulate"
import { csvOf, finishedImport, startImport } from "../bulk"

/**
 * The exporter API's tenancy, generated from its route table: every route
 * file under src/api/exporter and every method it exports must have a case
 * below, or this suite fails — a new route cannot be forgotten. For each:
 * exporter B's ids from exporter A's session answer 404 exactly as ids that do
 * not exist and change nothing; lists never contain B's data; no session, a
 * customer's or an operator's token is refused; a suspended exporter's people
 * are refused. And exporter tokens are refused on /admin and customer routes.
 */

const API_DIR = path.resolve(__dirname, "../../src/api")
const METHODS = /export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g

/** Every route of the exporter namespace as `METHOD /exporter/path/[param]`. */
function exporterRoutes(): string[] {
  const routes: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const pattern = "/" + path.relative(API_DIR, dir).split(path.sep).join("/")
        for (const [, method] of readFileSync(full, "utf8").matchAll(METHODS)) routes.push(`${method} ${pattern}`)
      }
    }
  }
  walk(path.join(API_DIR, "exporter"))
  return routes.sort()
}

interface Ctx {
  a: ExporterPerson
  b: ExporterPerson
  bColleague: ExporterPerson
  suspended: ExporterPerson
  aProduct: { id: string; images: { id: string }[] }
  bProduct: { id: string; images: { id: string }[]; content: any; variants?: { id: string }[] }
  bTitle: string
  /** The consulate's invitation of B's product into a campaign: B's to answer. */
  bNominationId: string
  /** Live listings of A and B, and their orders: one holding both (mixed), one holding B's only. */
  aLive: any
  bLive: any
  mixedOrderId: string
  bOrderId: string
  /** API keys: A's (live), B's (to revoke from A's session), the suspended exporter's. */
  aKey: string
  bKeyId: string
  suspendedKey: string
  aImport: string
  bImport: string
}

type Request = { path: string; body?: unknown; form?: () => FormData }

/** An import form as the portal sends it: a CSV file, its kind and whether it is a dry run. */
const importForm =
  (csv: Buffer, dryRun = true) =>
  () => {
    const form = new FormData()
    form.append("kind", "listings")
    form.append("dry_run", String(dryRun))
    form.append("file", new Blob([new Uint8Array(csv)]), "listings.csv")
    return form
  }

interface Case {
  /** Needs no session (an invitation's own pages). */
  public?: true
  /** A request of A's own, used for the refusals (no session, other actors, suspension). */
  own: (c: Ctx) => Request
  /** Requests that name B's data from A's session: each must be a 404 like a missing id. */
  foreign?: (c: Ctx) => Request[]
  /** What A's own answer must (not) contain. */
  check?: (c: Ctx, answer: Answer) => Promise<void> | void
}

const MISSING = "01JZZZZZZZZZZZZZZZZZZZZZZZ"
const hijack = { content: { en: { title: "Hijacked" }, "zh-CN": { title: "被篡改" } } }

const CASES: Record<string, Case> = {
  "GET /exporter/invitations/[token]": { public: true, own: () => ({ path: `/exporter/invitations/${MISSING}` }) },
  "POST /exporter/invitations/accept": {
    public: true,
    own: () => ({
      path: "/exporter/invitations/accept",
      body: { token: MISSING, password: "long-enough-pass", first_name: "X", last_name: "Y" },
    }),
  },
  "GET /exporter/me": {
    own: () => ({ path: "/exporter/me" }),
    check: (c, answer) => {
      expect(answer.body.exporter.id).toBe(c.a.exporterId)
      expect(JSON.stringify(answer.body)).not.toContain(c.b.exporterId)
    },
  },
  "POST /exporter/me": {
    own: () => ({ path: "/exporter/me", body: { locale: "ru" } }),
    check: (c, answer) => expect(answer.body.admin.id).toBe(c.a.personId),
  },
  "GET /exporter/colleagues": {
    own: () => ({ path: "/exporter/colleagues" }),
    check: (c, answer) => {
      const json = JSON.stringify(answer.body)
      expect(json).toContain(c.a.email)
      for (const leak of [c.b.email, c.bColleague.email, c.b.personId]) expect(json).not.toContain(leak)
    },
  },
  "POST /exporter/colleagues/invitations": {
    own: () => ({
      path: "/exporter/colleagues/invitations",
      body: { email: `colleague-${randomUUID().slice(0, 8)}@exporter.test`, role: "member" },
    }),
    check: async (c, answer) => {
      expect(answer.status).toBe(201)
      const [row] = await sql<{ scope_id: string }>("select scope_id from partner_invitation where id = $1", [answer.body.invitation.id])
      expect(row.scope_id).toBe(c.a.exporterId)
    },
  },
  "DELETE /exporter/colleagues/[id]": {
    own: () => ({ path: `/exporter/colleagues/expadm_${MISSING}` }),
    foreign: (c) => [{ path: `/exporter/colleagues/${c.bColleague.personId}` }],
  },
  "GET /exporter/categories": {
    own: () => ({ path: "/exporter/categories" }),
    check: (_c, answer) => expect(answer.body.categories.length).toBeGreaterThan(5),
  },
  "GET /exporter/products": {
    own: () => ({ path: "/exporter/products?limit=100" }),
    check: async (c, answer) => {
      const own = new Set(
        (
          await sql<{ product_id: string }>(
            "select product_id from exporter_exporter_product_product where exporter_id = $1 and deleted_at is null",
            [c.a.exporterId],
          )
        ).map((r) => r.product_id),
      )
      expect(answer.body.products.length).toBeGreaterThan(0)
      for (const p of answer.body.products) expect(own.has(p.id), p.id).toBe(true)
      for (const q of [
        `?q=${encodeURIComponent(c.bTitle)}`,
        "?status=draft",
        "?status=in_review",
        "?status=live",
        "?order=title&limit=100",
      ]) {
        const other = await c.a.request("GET", `/exporter/products${q}`)
        expect(other.status, q).toBe(200)
        expect(JSON.stringify(other.body), q).not.toContain(c.bProduct.id)
      }
    },
  },
  "POST /exporter/products": {
    own: () => ({ path: "/exporter/products", body: { content: { "zh-CN": { title: "甲的新商品" } } } }),
    check: async (c, answer) => {
      expect(answer.status).toBe(201)
      const [link] = await sql<{ exporter_id: string }>("select exporter_id from exporter_exporter_product_product where product_id = $1", [
        answer.body.product.id,
      ])
      expect(link.exporter_id).toBe(c.a.exporterId)
    },
  },
  "GET /exporter/products/[id]": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}` }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}` }],
  },
  "POST /exporter/products/[id]": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}`, body: { content: { ru: { subtitle: "своё" } } } }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}`, body: hijack }],
  },
  "POST /exporter/products/[id]/submit": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/submit` }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/submit` }],
  },
  "POST /exporter/products/[id]/archive": {
    own: () => ({ path: `/exporter/products/prod_${MISSING}/archive` }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/archive` }],
  },
  "POST /exporter/products/[id]/images": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/images`, form: () => imageForm([{ name: "own.png", bytes: PNG }]) }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/images`, form: () => imageForm([{ name: "b.png", bytes: PNG }]) }],
  },
  "POST /exporter/products/[id]/images/order": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/images/order`, body: { ids: c.aProduct.images.map((i) => i.id) } }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/images/order`, body: { ids: c.bProduct.images.map((i) => i.id) } }],
  },
  "DELETE /exporter/products/[id]/images/[image_id]": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/images/img_${MISSING}` }),
    foreign: (c) => [
      { path: `/exporter/products/${c.bProduct.id}/images/${c.bProduct.images[0].id}` },
      { path: `/exporter/products/${c.aProduct.id}/images/${c.bProduct.images[0].id}` },
    ],
  },
  "GET /exporter/products/[id]/preview": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/preview` }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/preview` }],
  },
  "GET /exporter/nominations": {
    own: () => ({ path: "/exporter/nominations" }),
    check: (c, answer) => {
      expect(answer.status).toBe(200)
      expect(JSON.stringify(answer.body)).not.toContain(c.bNominationId)
    },
  },
  "POST /exporter/nominations/[id]/accept": {
    own: () => ({ path: `/exporter/nominations/cnom_${MISSING}/accept` }),
    foreign: (c) => [{ path: `/exporter/nominations/${c.bNominationId}/accept` }],
  },
  "POST /exporter/nominations/[id]/decline": {
    own: () => ({ path: `/exporter/nominations/cnom_${MISSING}/decline`, body: { reason: "no" } }),
    foreign: (c) => [{ path: `/exporter/nominations/${c.bNominationId}/decline`, body: { reason: "hijacked" } }],
  },
  "GET /exporter/imports": {
    own: () => ({ path: "/exporter/imports" }),
    check: (c, answer) => {
      expect(answer.body.imports.map((i: any) => i.id)).toContain(c.aImport)
      expect(JSON.stringify(answer.body)).not.toContain(c.bImport)
    },
  },
  "POST /exporter/imports": {
    // A file naming B's listing: the row is "none of your listings", exactly as an id that does not exist, and B's listing stays as it was.
    own: (c) => ({
      path: "/exporter/imports",
      form: importForm(
        csvOf(
          ["id", "title_en"],
          [
            [c.bProduct.id, "Hijacked"],
            [`prod_${MISSING}`, "Hijacked"],
          ],
        ),
        false,
      ),
    }),
    check: async (c, answer) => {
      expect(answer.status).toBe(202)
      const job = await finishedImport(c.a, answer.body.import.id)
      expect(job).toMatchObject({ status: "done", updated_count: 0, failed_count: 2 })
      const [foreign, missing] = job.problems
      expect([foreign.row, foreign.column, missing.row, missing.column]).toEqual([2, "id", 3, "id"])
      expect(foreign.message.replace(c.bProduct.id, "<id>")).toBe(missing.message.replace(`prod_${MISSING}`, "<id>"))
      const b = await c.b.request("GET", `/exporter/products/${c.bProduct.id}`)
      expect(b.body.product.content.en.title).not.toBe("Hijacked")
    },
  },
  "GET /exporter/imports/[id]": {
    own: (c) => ({ path: `/exporter/imports/${c.aImport}` }),
    foreign: (c) => [{ path: `/exporter/imports/${c.bImport}` }],
  },
  "GET /exporter/exports/[kind]": {
    own: () => ({ path: "/exporter/exports/listings?format=csv" }),
    check: async (c, answer) => {
      expect(answer.status).toBe(200)
      expect(String(answer.body)).toContain(c.aProduct.id)
      expect(String(answer.body)).not.toContain(c.bProduct.id)
      const stock = await c.a.request("GET", "/exporter/exports/stock?format=csv")
      expect(stock.status).toBe(200)
      expect(String(stock.body)).not.toContain(c.bTitle)
      for (const v of c.bProduct.variants ?? []) expect(String(stock.body)).not.toContain(v.id)
    },
  },
  "GET /exporter/products/[id]/audit": {
    own: (c) => ({ path: `/exporter/products/${c.aProduct.id}/audit` }),
    foreign: (c) => [{ path: `/exporter/products/${c.bProduct.id}/audit` }],
  },
  "GET /exporter/stock": {
    own: () => ({ path: "/exporter/stock?limit=200" }),
    check: (c, answer) => {
      expect(answer.body.variants.map((v: any) => v.product_id)).toContain(c.aLive.id)
      const json = JSON.stringify(answer.body)
      for (const leak of [c.bLive.id, c.bProduct.id, ...c.bLive.variants.map((v: any) => v.id)]) expect(json).not.toContain(leak)
    },
  },
  "POST /exporter/stock": {
    own: (c) => ({
      path: "/exporter/stock",
      body: { updates: [{ variant_id: c.aLive.variants[1].id, stocked_quantity: 9, low_stock_threshold: 2 }] },
    }),
    foreign: (c) => [
      { path: "/exporter/stock", body: { updates: [{ variant_id: c.bLive.variants[1].id, stocked_quantity: 0 }] } },
      { path: "/exporter/stock", body: { updates: [{ variant_id: c.bLive.variants[1].id, low_stock_threshold: 1000 }] } },
    ],
  },
  "POST /exporter/prices": {
    own: (c) => ({ path: "/exporter/prices", body: { prices: [{ variant_id: c.aLive.variants[1].id, price_cny: 70 }] } }),
    foreign: (c) => [{ path: "/exporter/prices", body: { prices: [{ variant_id: c.bLive.variants[1].id, price_cny: 1 }] } }],
  },
  "GET /exporter/api-keys": {
    own: () => ({ path: "/exporter/api-keys" }),
    check: async (c, answer) => {
      const [bKey] = await sql<{ token_prefix: string }>("select token_prefix from partner_api_key where id = $1", [c.bKeyId])
      expect(answer.body.api_keys.length).toBeGreaterThan(0)
      expect(JSON.stringify(answer.body)).not.toContain(bKey.token_prefix)
      expect(JSON.stringify(answer.body)).not.toContain(c.bKeyId)
    },
  },
  "POST /exporter/api-keys": {
    own: () => ({ path: "/exporter/api-keys", body: { title: "ERP" } }),
    check: async (c, answer) => {
      expect(answer.status).toBe(201)
      const [row] = await sql<{ scope_id: string }>("select scope_id from partner_api_key where id = $1", [answer.body.api_key.id])
      expect(row.scope_id).toBe(c.a.exporterId)
    },
  },
  "DELETE /exporter/api-keys/[id]": {
    own: () => ({ path: `/exporter/api-keys/pkey_${MISSING}` }),
    foreign: (c) => [{ path: `/exporter/api-keys/${c.bKeyId}` }],
  },
  "GET /exporter/orders": {
    own: () => ({ path: "/exporter/orders?limit=100" }),
    check: (c, answer) => {
      const ids = answer.body.orders.map((o: any) => o.id)
      expect(ids).toContain(c.mixedOrderId)
      expect(ids).not.toContain(c.bOrderId)
      for (const o of answer.body.orders) for (const l of o.lines) expect(l.product_id).toBe(c.aLive.id)
      expectNoBuyerOrB(c, answer)
    },
  },
  "GET /exporter/orders/[id]": {
    own: (c) => ({ path: `/exporter/orders/${c.mixedOrderId}` }),
    foreign: (c) => [{ path: `/exporter/orders/${c.bOrderId}` }],
    check: (c, answer) => {
      expect(answer.body.order.lines.map((l: any) => l.product_id)).toEqual([c.aLive.id])
      expectNoBuyerOrB(c, answer)
    },
  },
  "GET /exporter/sales": {
    own: () => ({ path: "/exporter/sales" }),
    check: (c, answer) => {
      expect(answer.body.summary.totals.orders).toBe(1)
      expect(answer.body.summary.top_products.map((p: any) => p.product_id)).toEqual([c.aLive.id])
      expectNoBuyerOrB(c, answer)
    },
  },
  "GET /exporter/statements/[month]": {
    own: () => ({ path: `/exporter/statements/${new Date().toISOString().slice(0, 7)}` }),
    check: async (c, answer) => {
      expect(answer.body.statement.orders).toBe(1)
      expectNoBuyerOrB(c, answer)
      const csv = await c.a.request("GET", `/exporter/statements/${new Date().toISOString().slice(0, 7)}?format=csv`)
      expect(csv.status).toBe(200)
      expectNoBuyerOrB(c, csv)
    },
  },
}

/** Nothing personal of the buyer (city and province may show) and nothing of B's lines in an answer to A. */
function expectNoBuyerOrB(c: Ctx, answer: Answer) {
  const json = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body)
  for (const personal of BUYER_PII) expect(json, `buyer's ${personal}`).not.toContain(personal)
  for (const leak of [c.bLive.id, ...c.bLive.variants.flatMap((v: any) => [v.id, v.sku]), c.bOrderId]) expect(json).not.toContain(leak)
}

const send = (method: string, r: Request, token?: string, headers?: Record<string, string>) =>
  call(method, r.path, { token, body: r.form ? undefined : r.body, form: r.form?.(), headers })

/** Every id of the form prefix_ULID in a path (or a body), replaced by the same prefix and an id that exists nowhere. */
const withMissingIds = (p: string, ids: string[]) => ids.reduce((out, id) => out.split(id).join(`${id.split("_")[0]}_${MISSING}`), p)
const masked = (message: string, ids: string[]) =>
  ids.reduce((m, id) => m.split(id).join("<id>"), String(message ?? "")).replace(new RegExp(`\\w+_${MISSING}`, "g"), "<id>")

/** What B's data looks like to B, and what is recorded about it: must be the same after A's attempts. */
async function fingerprint(c: Ctx) {
  const [product, live, colleagues, audit, images, stock, keys] = await Promise.all([
    c.b.request("GET", `/exporter/products/${c.bProduct.id}`),
    c.b.request("GET", `/exporter/products/${c.bLive.id}`),
    c.b.request("GET", "/exporter/colleagues"),
    sql("select count(*)::int as n from audit_entry where scope_id = $1", [c.b.exporterId]),
    sql("select count(*)::int as n from image where product_id = $1 and deleted_at is null", [c.bProduct.id]),
    c.b.request("GET", "/exporter/stock?limit=200"),
    sql("select id, revoked_at from partner_api_key where scope_id = $1 order by id", [c.b.exporterId]),
  ])
  const nominations = await sql("select id, status, decline_reason from campaign_nomination where exporter_id = $1 order by id", [
    c.b.exporterId,
  ])
  return JSON.stringify({
    product: product.body,
    live: live.body,
    colleagues: colleagues.body,
    audit,
    images,
    stock: stock.body,
    keys,
    nominations,
  })
}

const routes = exporterRoutes()
let c: Ctx
let customerToken: string
let adminToken: string

beforeAll(async () => {
  const [a, b, suspended] = await Promise.all([newExporter("tenant-a"), newExporter("tenant-b"), newExporter("tenant-c")])
  const bTitle = `乙方专属杏干${randomUUID().slice(0, 6)}`
  const [aProduct, bProduct, bColleague, aLive, bLive] = await Promise.all([
    readyListing(a, `甲方杏干${randomUUID().slice(0, 6)}`),
    readyListing(b, bTitle),
    personFor(b.exporterId, b.handle, `colleague-${randomUUID().slice(0, 8)}@exporter.test`, "member"),
    liveListing(a, `甲方在售杏干${randomUUID().slice(0, 6)}`),
    liveListing(b, `乙方在售杏干${randomUUID().slice(0, 6)}`),
  ])
  // A buyer with a name, phone and street that must never reach an exporter buys from both, then from B alone.
  const buy = async (lines: { variant_id: string; quantity: number }[]) => {
    const sdk = storeClient("zh-CN")
    const cartId = await cartWith(sdk, lines, { address: BUYER.address, email: BUYER.email })
    return (await checkout(sdk, cartId, { real_name: BUYER.real_name, id_number: newIdNumber() })).id as string
  }
  const mixedOrderId = await buy([
    { variant_id: aLive.variants[0].id, quantity: 1 },
    { variant_id: bLive.variants[0].id, quantity: 2 },
  ])
  const bOrderId = await buy([{ variant_id: bLive.variants[1].id, quantity: 1 }])
  const linked = async () =>
    sql("select order_id from exporter_exporter_order_order where order_id = any($1) and deleted_at is null", [[mixedOrderId, bOrderId]])
  for (let i = 0; (await linked()).length < 3 && i < 100; i++) await new Promise((r) => setTimeout(r, 200))
  const newKey = async (person: ExporterPerson) => (await person.request("POST", "/exporter/api-keys", { title: "ERP" })).body.api_key
  const [aKey, bKey, suspendedKey] = await Promise.all([newKey(a), newKey(b), newKey(suspended)])
  expect((await operator("POST", `/admin/exporters/${suspended.exporterId}/suspend`, { reason: "Test suspension" })).status).toBe(200)
  const [aImport, bImport] = await Promise.all(
    [a, b].map(async (person) => {
      const started = await startImport(person, csvOf(["id", "title_en"], [["", "Dry run only"]]), "dry.csv", "listings", true)
      return (await finishedImport(person, started.body.import.id)).id as string
    }),
  )
  const staff = await demoConsulateStaff()
  const campaign = await staff.request("POST", "/consulate/campaigns", {
    name: "Tenancy",
    identifier: `tenancy-${randomUUID().slice(0, 8)}`,
    starts_at: new Date().toISOString(),
    ends_at: new Date(Date.now() + 86_400_000).toISOString(),
  })
  const nominated = await staff.request("POST", `/consulate/campaigns/${campaign.body.campaign.id}/nominations`, {
    product_ids: [bProduct.id],
  })
  expect(nominated.status, JSON.stringify(nominated.body)).toBe(201)
  c = {
    a,
    b,
    bColleague,
    suspended,
    aProduct,
    bProduct,
    bTitle,
    bNominationId: nominated.body.nominations[0].id,
    aLive,
    bLive,
    mixedOrderId,
    bOrderId,
    aKey: aKey.token,
    bKeyId: bKey.id,
    suspendedKey: suspendedKey.token,
    aImport,
    bImport,
  }
  const customer = await newCustomer("en")
  customerToken = (await customer.sdk.client.getToken()) as string
  adminToken = await operatorTokenOf()
})

describe("the exporter route table", () => {
  it("has a tenancy case for every route and method, and no case for a route that is gone", () => {
    expect(routes.length).toBeGreaterThanOrEqual(16)
    expect(routes.filter((r) => !CASES[r])).toEqual([])
    expect(Object.keys(CASES).filter((k) => !routes.includes(k))).toEqual([])
  })
})

describe.each(routes)("%s", (route) => {
  const [method] = route.split(" ")
  const spec = CASES[route]

  it("answers A's own request, and refuses other actors and suspended exporters (or is public)", async () => {
    expect(spec, `${route} has no tenancy case`).toBeDefined()
    const own = spec.own(c)
    if (spec.public) {
      const answer = await send(method, own)
      expect(answer.status).toBe(404)
      return
    }
    for (const [who, token] of [
      ["nobody", undefined],
      ["a customer", customerToken],
      ["an operator", adminToken],
    ] as const) {
      const answer = await send(method, own, token)
      expect(answer.status, `${route} with ${who}'s token`).toBe(401)
    }
    const suspended = await send(method, own, c.suspended.token)
    expect(suspended.status).toBe(403)
    expect(suspended.body.type).toBe("exporter_suspended")
    expect(suspended.body.message).toMatch(/suspended/)

    const answer = await send(method, own, c.a.token)
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
    await spec.check?.(c, answer)
  })

  // Routes without ids (lists, creation) have no foreign case: their list checks are in spec.check above.
  if (spec?.foreign)
    it("answers B's ids from A's session with a 404 like a missing id, and changes nothing", async () => {
      const before = await fingerprint(c)
      const ids = [
        c.bProduct.id,
        c.bColleague.personId,
        c.bNominationId,
        c.bImport,
        ...c.bProduct.images.map((i) => i.id),
        c.bLive.id,
        ...c.bLive.variants.map((v: any) => v.id),
        c.bOrderId,
        c.bKeyId,
      ]
      for (const request of spec.foreign!(c)) {
        const answer = await send(method, request, c.a.token)
        expect(answer.status, `${method} ${request.path}: ${JSON.stringify(answer.body)}`).toBe(404)
        const body = request.body === undefined ? undefined : JSON.parse(withMissingIds(JSON.stringify(request.body), ids))
        const missing = await send(method, { ...request, path: withMissingIds(request.path, ids), body }, c.a.token)
        expect(missing.status).toBe(404)
        expect(answer.body.type).toBe(missing.body.type)
        expect(masked(answer.body.message, ids)).toBe(masked(missing.body.message, ids))
      }
      expect(await fingerprint(c)).toBe(before)
    })
})

describe("API keys", () => {
  const allowed = (route: string) => {
    const [method, pattern] = route.split(" ")
    return EXPORTER_API_KEY_ROUTES.some((r) => r.method === method && r.path.test(pattern))
  }

  it("reach the stock and price routes and nothing else of the route table", async () => {
    expect(routes.filter(allowed).sort()).toEqual(["GET /exporter/stock", "POST /exporter/prices", "POST /exporter/stock"])
    for (const route of routes) {
      const [method] = route.split(" ")
      const spec = CASES[route]
      if (spec.public) continue
      const answer = await send(method, spec.own(c), c.aKey)
      if (allowed(route)) expect(answer.status, `${route}: ${JSON.stringify(answer.body)}`).toBe(200)
      else {
        expect(answer.status, `${route} with an API key`).toBe(403)
        expect(answer.body.type).toBe("api_key_not_allowed")
      }
    }
  })

  it("act for their own exporter only: B's variants answer 404 like missing ones", async () => {
    const answer = await call("POST", "/exporter/stock", {
      token: c.aKey,
      body: { updates: [{ variant_id: c.bLive.variants[0].id, stocked_quantity: 0 }] },
    })
    expect(answer.status).toBe(404)
    const listed = await call("GET", "/exporter/stock?limit=200", { token: c.aKey })
    expect(JSON.stringify(listed.body)).not.toContain(c.bLive.id)
  })

  it("are refused when unknown, forged on a real prefix, of a suspended exporter, or on /admin and customer routes", async () => {
    const forged = c.aKey.slice(0, 13) + "x".repeat(c.aKey.length - 13)
    for (const token of [`bzk_00000000_${"y".repeat(43)}`, forged]) {
      const answer = await call("GET", "/exporter/stock", { token })
      expect(answer.status).toBe(401)
    }
    const suspended = await call("GET", "/exporter/stock", { token: c.suspendedKey })
    expect(suspended.status).toBe(403)
    expect(suspended.body.type).toBe("exporter_suspended")
    expect((await call("GET", "/admin/products", { token: c.aKey })).status).toBe(401)
    const headers = { "x-publishable-api-key": testStack().publishableKey }
    expect((await call("GET", "/store/customers/me", { token: c.aKey, headers })).status).toBe(401)
  })
})

describe("exporter tokens elsewhere", () => {
  it("are refused on /admin routes", async () => {
    for (const [method, p] of [
      ["GET", "/admin/products"],
      ["GET", "/admin/exporters"],
      ["GET", "/admin/listing-reviews"],
      ["GET", "/admin/audit-log"],
      ["POST", `/admin/listing-reviews/${c.aProduct.id}/approve`],
      ["POST", `/admin/exporters/${c.a.exporterId}`],
    ]) {
      const answer = await call(method, p, { token: c.a.token, body: method === "POST" ? {} : undefined })
      expect(answer.status, `${method} ${p}`).toBe(401)
    }
  })

  it("are refused on customer routes", async () => {
    const headers = { "x-publishable-api-key": testStack().publishableKey }
    for (const p of ["/store/customers/me", "/store/customers/me/customs-identities", "/store/orders"]) {
      const answer = await call("GET", p, { token: c.a.token, headers })
      expect(answer.status, p).toBe(401)
    }
  })

  it("do not open the namespace by another spelling of its path", async () => {
    for (const p of ["/EXPORTER/products", "/Exporter/me", "/exporter//products", "/exporter/invitations/x/../../products"]) {
      const answer = await call("GET", p)
      expect([401, 404], p).toContain(answer.status)
      expect(JSON.stringify(answer.body), p).not.toContain('products":[')
    }
  })
})
