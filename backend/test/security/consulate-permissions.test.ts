import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, testStack } from "../helpers"
import { newCustomer } from "../shop"
import { call, newExporter, operator, operatorTokenOf, readyListing, type Answer, type ExporterPerson } from "../exporters"
import { demoConsulateStaff, newConsulateStaff, type ConsulateStaff } from "../consulate"

/**
 * The consulate's permission matrix, generated from the route tables: every
 * route file of Bozor's /consulate namespace must have a case below (or the
 * suite fails), and each refuses no session, a customer's, an exporter's and
 * an operator's token, and a suspended staff member. The other way round, a
 * consulate token is refused on every /admin route (Medusa's own route files
 * and Bozor's), every /exporter route, and every customer route.
 */

const API_DIR = path.resolve(__dirname, "../../src/api")
const MEDUSA_API_DIR = path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api")
const METHODS = /(?:export\s+(?:async\s+function|const)\s+|exports\.)(GET|POST|PUT|PATCH|DELETE)\b(?!\s*=\s*exports)/g

/** Every route under `root/sub` as `METHOD /sub/path/[param]`, from its route.ts or route.js file. */
function routesUnder(root: string, sub: string): string[] {
  const routes = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const pattern = "/" + path.relative(root, dir).split(path.sep).join("/")
        for (const [, method] of readFileSync(full, "utf8").matchAll(METHODS)) routes.add(`${method} ${pattern}`)
      }
    }
  }
  try {
    walk(path.join(root, sub))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e
  }
  return [...routes].sort()
}

const MISSING = "01JZZZZZZZZZZZZZZZZZZZZZZZ"
/** A concrete path for a route pattern: every [param] an id that exists nowhere. */
const concrete = (pattern: string) => pattern.replace(/\[[^\]]+\]/g, `x_${MISSING}`)

interface Ctx {
  staff: ConsulateStaff
  campaignId: string
  promotionId: string
  productId: string
  nominationId: string
}

type Request = { path: string; body?: unknown }

/** The staff member's own request on each /consulate route; `public` routes need no session (an invitation's pages). */
const CASES: Record<string, { public?: true; own: (c: Ctx) => Request; check?: (c: Ctx, answer: Answer) => void }> = {
  "GET /consulate/invitations/[token]": { public: true, own: () => ({ path: `/consulate/invitations/${MISSING}` }) },
  "POST /consulate/invitations/accept": {
    public: true,
    own: () => ({
      path: "/consulate/invitations/accept",
      body: { token: MISSING, password: "long-enough-pass", first_name: "X", last_name: "Y" },
    }),
  },
  "GET /consulate/me": { own: () => ({ path: "/consulate/me" }), check: (c, a) => expect(a.body.staff.id).toBe(c.staff.id) },
  "POST /consulate/me": { own: () => ({ path: "/consulate/me", body: { locale: "en" } }) },
  "GET /consulate/campaigns": {
    own: () => ({ path: "/consulate/campaigns" }),
    check: (c, a) => expect(a.body.campaigns.map((x: any) => x.id)).toContain(c.campaignId),
  },
  "POST /consulate/campaigns": {
    own: () => ({
      path: "/consulate/campaigns",
      body: {
        name: "Matrix",
        identifier: `matrix-${randomUUID().slice(0, 8)}`,
        starts_at: new Date().toISOString(),
        ends_at: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
    check: (_c, a) => expect(a.status).toBe(201),
  },
  "GET /consulate/campaigns/[id]": { own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}` }) },
  "POST /consulate/campaigns/[id]": { own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}`, body: { name: "Matrix renamed" } }) },
  "GET /consulate/campaigns/[id]/featured-products": { own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}/featured-products` }) },
  "POST /consulate/campaigns/[id]/featured-products": {
    own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}/featured-products`, body: { product_ids: [c.productId] } }),
  },
  "DELETE /consulate/campaigns/[id]/featured-products/[product_id]": {
    own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}/featured-products/${c.productId}` }),
  },
  "GET /consulate/campaigns/[id]/nominations": { own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}/nominations` }) },
  "POST /consulate/campaigns/[id]/nominations": {
    own: (c) => ({ path: `/consulate/campaigns/${c.campaignId}/nominations`, body: { product_ids: [`prod_${MISSING}`] } }),
  },
  "POST /consulate/nominations/[id]/withdraw": { own: (c) => ({ path: `/consulate/nominations/${c.nominationId}/withdraw` }) },
  "GET /consulate/promotions": {
    own: () => ({ path: "/consulate/promotions" }),
    check: (c, a) => expect(a.body.promotions.map((p: any) => p.id)).toContain(c.promotionId),
  },
  "POST /consulate/promotions": {
    own: (c) => ({
      path: "/consulate/promotions",
      body: {
        campaign_id: c.campaignId,
        code: `M${randomUUID().slice(0, 8).toUpperCase()}`,
        name: { "zh-CN": "测试", en: "Test" },
        discount: { type: "free_shipping" },
      },
    }),
  },
  "GET /consulate/promotions/[id]": { own: (c) => ({ path: `/consulate/promotions/${c.promotionId}` }) },
  "POST /consulate/promotions/[id]": { own: (c) => ({ path: `/consulate/promotions/${c.promotionId}`, body: { status: "active" } }) },
  "GET /consulate/reports": { own: (c) => ({ path: `/consulate/reports?campaign_id=${c.campaignId}` }) },
  "GET /consulate/products": {
    own: (c) => ({ path: `/consulate/products?id=${c.productId}` }),
    check: (_c, a) => expect(Array.isArray(a.body.products)).toBe(true),
  },
  "GET /consulate/exporters": {
    own: () => ({ path: "/consulate/exporters" }),
    check: (_c, a) => expect(a.body.exporters.length).toBeGreaterThan(0),
  },
  // The consulate's content in the shop: ids that exist nowhere and empty bodies, so the matrix changes nothing.
  "GET /consulate/campaign-pages": { own: () => ({ path: "/consulate/campaign-pages" }) },
  "POST /consulate/campaign-pages": { own: () => ({ path: "/consulate/campaign-pages", body: {} }) },
  "GET /consulate/campaign-pages/[id]": { own: () => ({ path: `/consulate/campaign-pages/cpage_${MISSING}` }) },
  "POST /consulate/campaign-pages/[id]": { own: () => ({ path: `/consulate/campaign-pages/cpage_${MISSING}`, body: {} }) },
  "GET /consulate/campaign-pages/[id]/preview": { own: () => ({ path: `/consulate/campaign-pages/cpage_${MISSING}/preview` }) },
  "POST /consulate/campaign-pages/[id]/hero": { own: () => ({ path: `/consulate/campaign-pages/cpage_${MISSING}/hero`, body: {} }) },
  "GET /consulate/pavilion": { own: () => ({ path: "/consulate/pavilion" }) },
  "POST /consulate/pavilion": { own: () => ({ path: "/consulate/pavilion", body: {} }) },
  "GET /consulate/events": { own: () => ({ path: "/consulate/events" }) },
  "POST /consulate/events": { own: () => ({ path: "/consulate/events", body: {} }) },
  "POST /consulate/events/[id]": { own: () => ({ path: `/consulate/events/pevent_${MISSING}`, body: {} }) },
  "DELETE /consulate/events/[id]": { own: () => ({ path: `/consulate/events/pevent_${MISSING}` }) },
}

const consulateRoutes = routesUnder(API_DIR, "consulate")
let c: Ctx
let suspended: ConsulateStaff
let exporter: ExporterPerson
let customerToken: string
let operatorToken: string
const storeHeaders = () => ({ "x-publishable-api-key": testStack().publishableKey })

beforeAll(async () => {
  const [staff, suspendedStaff, exporterPerson, customer] = await Promise.all([
    newConsulateStaff(),
    newConsulateStaff(),
    newExporter("matrix"),
    newCustomer("en"),
  ])
  suspended = suspendedStaff
  exporter = exporterPerson
  customerToken = (await customer.sdk.client.getToken()) as string
  operatorToken = await operatorTokenOf()
  const product = await readyListing(exporter, `矩阵${randomUUID().slice(0, 6)}`)
  const campaign = await staff.request("POST", "/consulate/campaigns", {
    name: "Matrix campaign",
    identifier: `matrix-${randomUUID().slice(0, 8)}`,
    starts_at: new Date(Date.now() - 3600_000).toISOString(),
    ends_at: new Date(Date.now() + 86_400_000).toISOString(),
    budget: { type: "usage", limit: 10 },
  })
  expect(campaign.status, JSON.stringify(campaign.body)).toBe(201)
  const promotion = await staff.request("POST", "/consulate/promotions", {
    campaign_id: campaign.body.campaign.id,
    code: `MATRIX${randomUUID().slice(0, 6).toUpperCase()}`,
    name: { "zh-CN": "矩阵", en: "Matrix" },
    discount: { type: "percentage", value: 10 },
  })
  expect(promotion.status, JSON.stringify(promotion.body)).toBe(201)
  const nominated = await staff.request("POST", `/consulate/campaigns/${campaign.body.campaign.id}/nominations`, {
    product_ids: [product.id],
  })
  expect(nominated.status, JSON.stringify(nominated.body)).toBe(201)
  c = {
    staff,
    campaignId: campaign.body.campaign.id,
    promotionId: promotion.body.promotion.id,
    productId: product.id,
    nominationId: nominated.body.nominations[0].id,
  }
  expect((await operator("POST", `/admin/consulate/staff/${suspended.id}/suspend`, {})).status).toBe(200)
})

describe("the /consulate route table", () => {
  it("has a case for every route and method, and none for a route that is gone", () => {
    expect(consulateRoutes.length).toBeGreaterThanOrEqual(15)
    expect(consulateRoutes.filter((r) => !CASES[r])).toEqual([])
    expect(Object.keys(CASES).filter((k) => !consulateRoutes.includes(k))).toEqual([])
  })
})

describe.each(consulateRoutes)("%s", (route) => {
  const [method] = route.split(" ")
  it("refuses every other actor and a suspended staff member, and answers the staff member (or is public)", async () => {
    const spec = CASES[route]
    expect(spec, `${route} has no case`).toBeDefined()
    const own = spec.own(c)
    if (spec.public) {
      expect((await call(method, own.path, { body: own.body })).status).toBe(404)
      return
    }
    for (const [who, token] of [
      ["nobody", undefined],
      ["a customer", customerToken],
      ["an exporter", exporter.token],
      ["an operator", operatorToken],
    ] as const) {
      const answer = await call(method, own.path, { token, body: own.body })
      expect(answer.status, `${route} with ${who}'s token`).toBe(401)
    }
    const refused = await call(method, own.path, { token: suspended.token, body: own.body })
    expect(refused.status).toBe(403)
    expect(refused.body.type).toBe("consulate_suspended")
    const answer = await call(method, own.path, { token: c.staff.token, body: own.body })
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
    expect(answer.status, JSON.stringify(answer.body)).not.toBe(401)
    spec.check?.(c, answer)
  })
})

describe("a consulate token elsewhere", () => {
  const adminRoutes = [...new Set([...routesUnder(MEDUSA_API_DIR, "admin"), ...routesUnder(API_DIR, "admin")])].sort()
  const exporterRoutes = routesUnder(API_DIR, "exporter").filter((r) => !/invitations/.test(r))
  const customerRoutes = [
    ...routesUnder(MEDUSA_API_DIR, "store/customers/me"),
    ...routesUnder(API_DIR, "store/customers/me"),
    "GET /store/orders",
    ...routesUnder(MEDUSA_API_DIR, "store/orders/[id]/transfer"),
  ]

  /**
   * Each route answers a consulate token exactly as it answers no session at all: 401 where a session is needed
   * (nearly all), the same validation error or public answer where the route does not look at sessions (Medusa's
   * feature flags, a transfer accepted by its e-mailed token). Routes where the token changes the answer are listed.
   */
  async function answeredLikeNobody(routes: string[], headers?: Record<string, string>) {
    const { token } = await demoConsulateStaff()
    const differs: string[] = []
    let refused = 0
    for (const route of routes) {
      const [method, pattern] = route.split(" ")
      const body = method === "GET" || method === "DELETE" ? undefined : {}
      const withToken = await call(method, concrete(pattern), { token, headers, body })
      if (withToken.status === 401) {
        refused++
        continue
      }
      const anonymous = await call(method, concrete(pattern), { headers, body })
      if (withToken.status !== anonymous.status) differs.push(`${route} → ${withToken.status} (nobody: ${anonymous.status})`)
    }
    return { differs, refused }
  }

  it("is refused on every /admin route", async () => {
    expect(adminRoutes.length).toBeGreaterThan(200)
    const { differs, refused } = await answeredLikeNobody(adminRoutes)
    expect(differs).toEqual([])
    expect(refused).toBeGreaterThan(adminRoutes.length - 5)
  })

  it("is refused on every /exporter route", async () => {
    expect(exporterRoutes.length).toBeGreaterThan(15)
    const { differs, refused } = await answeredLikeNobody(exporterRoutes)
    expect(differs).toEqual([])
    expect(refused).toBe(exporterRoutes.length)
  })

  it("is refused on every customer route", async () => {
    const { differs, refused } = await answeredLikeNobody(customerRoutes, storeHeaders())
    expect(differs).toEqual([])
    expect(refused).toBeGreaterThan(customerRoutes.length - 3)
  })

  it("cannot reach the shop's own campaigns and promotions", async () => {
    const [shop] = await sql<{ id: string; campaign_id: string }>("select id, campaign_id from promotion where code = 'FIRSTORDER'")
    expect((await c.staff.request("GET", `/consulate/campaigns/${shop.campaign_id}`)).status).toBe(404)
    expect((await c.staff.request("POST", `/consulate/campaigns/${shop.campaign_id}`, { name: "Hijacked" })).status).toBe(404)
    expect((await c.staff.request("GET", `/consulate/promotions/${shop.id}`)).status).toBe(404)
    expect((await c.staff.request("POST", `/consulate/promotions/${shop.id}`, { status: "inactive" })).status).toBe(404)
    const [after] = await sql<{ status: string }>("select status from promotion where id = $1", [shop.id])
    expect(after.status).toBe("active")
    const list = await c.staff.request("GET", "/consulate/promotions?limit=100")
    expect(list.body.promotions.map((p: any) => p.code)).not.toContain("FIRSTORDER")
  })
})
