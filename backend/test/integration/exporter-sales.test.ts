import { createHash, randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient } from "../helpers"
import { eventually } from "../search"
import { adminClient, cartWith, checkout, newIdNumber } from "../shop"
import { BUYER, BUYER_PII, call, listingInput, liveListing, newExporter, operator, personFor, type ExporterPerson } from "../exporters"

/**
 * Stock, ERP keys and sales of an exporter: stock per location with a
 * low-stock alert and bulk updates through Medusa's inventory workflows;
 * API keys that reach stock and prices only; and what happens when a
 * consumer buys — the exporter sees its own line (never the buyer, never the
 * other exporter's line), its stock going down, its dashboard and statement
 * moving, and the line's state as operators pack, ship and deliver it.
 */

const tag = () => randomUUID().slice(0, 6)
const month = () => new Date().toISOString().slice(0, 7)

let a: ExporterPerson
let b: ExporterPerson
let aListing: any
let bListing: any
let orderId: string

const stockOf = async (person: ExporterPerson, variantId: string) => {
  const answer = await person.request("GET", `/exporter/stock?limit=200`)
  expect(answer.status).toBe(200)
  return answer.body.variants.find((v: any) => v.variant_id === variantId)
}

beforeAll(async () => {
  ;[a, b] = await Promise.all([newExporter("sales-a"), newExporter("sales-b")])
  ;[aListing, bListing] = await Promise.all([liveListing(a, `甲方销售杏干${tag()}`), liveListing(b, `乙方销售杏干${tag()}`)])
})

describe("stock", () => {
  it("lists own variants per location; thresholds raise the alert; a bulk update writes all rows or none", async () => {
    const [v250, v500] = aListing.variants
    const row = await stockOf(a, v250.id)
    expect(row).toMatchObject({ sku: v250.sku, available: 20, low: false, low_stock_threshold: null, price_cny: 39 })
    expect(row.levels).toHaveLength(1)
    expect(row.levels[0].location_name).toMatch(/Tashkent/i)
    // The title in each language the exporter wrote, for the portal to show in its own.
    expect(row.product_titles).toEqual({ "zh-CN": aListing.content["zh-CN"].title, en: aListing.content.en.title, ru: "Тестовая курага" })

    const set = await a.request("POST", "/exporter/stock", {
      updates: [
        { variant_id: v250.id, low_stock_threshold: 19 },
        { sku: v500.sku, stocked_quantity: 4, low_stock_threshold: 5 },
      ],
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.updated).toBe(2)
    expect(await stockOf(a, v500.id)).toMatchObject({ available: 4, low: true, low_stock_threshold: 5 })
    expect(await stockOf(a, v250.id)).toMatchObject({ available: 20, low: false, low_stock_threshold: 19 })
    const lowOnly = await a.request("GET", "/exporter/stock?low=true")
    expect(lowOnly.body.variants.map((v: any) => v.variant_id)).toEqual([v500.id])

    // One row naming another exporter's variant: nothing is written, the first row included.
    const mixed = await a.request("POST", "/exporter/stock", {
      updates: [
        { variant_id: v500.id, stocked_quantity: 50 },
        { variant_id: bListing.variants[0].id, stocked_quantity: 0 },
      ],
    })
    expect(mixed.status).toBe(404)
    expect(mixed.body.message).toContain("updates[1].variant_id")
    expect((await stockOf(a, v500.id)).available).toBe(4)
    expect((await stockOf(b, bListing.variants[0].id)).available).toBe(20)

    const bad = await a.request("POST", "/exporter/stock", { updates: [{ variant_id: v500.id, stocked_quantity: -1 }] })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/updates, 0, stocked_quantity' too small, expected at least: '0'/)
    const place = await a.request("POST", "/exporter/stock", {
      updates: [{ variant_id: v500.id, location_id: "sloc_nowhere", stocked_quantity: 1 }],
    })
    expect(place.status).toBe(400)
    expect(place.body.message).toMatch(/updates\[0\]\.location_id/)

    const audit = await a.request("GET", `/exporter/products/${aListing.id}/audit`)
    expect(audit.body.entries.map((e: any) => e.action)).toContain("stock.updated")
    await a.request("POST", "/exporter/stock", { updates: [{ variant_id: v500.id, stocked_quantity: 10 }] })
  })
})

describe("stock pages", () => {
  /** Every page of GET /exporter/stock with `params`, `limit` rows at a time, with the count each page gave. */
  const pages = async (person: ExporterPerson, params: string, limit: number) => {
    const rows: any[] = []
    const counts: number[] = []
    for (let offset = 0; ; offset += limit) {
      const answer = await person.request("GET", `/exporter/stock?${params}&limit=${limit}&offset=${offset}`)
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.body.variants.length).toBeLessThanOrEqual(limit)
      counts.push(answer.body.count)
      rows.push(...answer.body.variants)
      if (answer.body.variants.length < limit) return { rows, counts }
    }
  }
  /** The order the page promises: low-stock alerts first, then product and variant title as people read them. */
  const inOrder = (rows: any[]) =>
    [...rows].sort(
      (x, y) =>
        Number(y.low) - Number(x.low) || x.product_title.localeCompare(y.product_title) || x.variant_title.localeCompare(y.variant_title),
    )

  it("filters, orders, counts and pages in the database, across pages, with the exporter's own variants only", async () => {
    const t = tag()
    const c = await newExporter("stock-pages")
    const create = async (person: ExporterPerson, title: string) => {
      const created = await person.request("POST", "/exporter/products", await listingInput(title))
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return created.body.product as any
    }
    // Listed out of order on purpose; another exporter holds a listing with the very same title.
    const [pC, pA, pB] = [await create(c, `库存 C ${t}`), await create(c, `库存 A ${t}`), await create(c, `库存 B ${t}`)]
    const decoy = await create(b, `库存 A ${t}`)
    const variant = (p: any, title: string) => p.variants.find((v: any) => v.title === title)
    const set = await c.request("POST", "/exporter/stock", {
      updates: [
        { variant_id: variant(pA, "250 g").id, low_stock_threshold: 25 },
        { variant_id: variant(pC, "500 g").id, low_stock_threshold: 10 },
        { variant_id: variant(pB, "250 g").id, low_stock_threshold: 19 },
      ],
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    // A threshold written as text (as Medusa Admin's metadata editor does) is no threshold: never an alert, never in the low filter.
    const asText = await operator("POST", `/admin/products/${pB.id}/variants/${variant(pB, "500 g").id}`, {
      metadata: { low_stock_threshold: "50" },
    })
    expect(asText.status, JSON.stringify(asText.body)).toBe(200)

    const whole = await pages(c, "", 200)
    expect(whole.rows).toHaveLength(6)
    expect(whole.counts).toEqual([6])
    const expected = [
      variant(pA, "250 g"),
      variant(pC, "500 g"),
      variant(pA, "500 g"),
      variant(pB, "250 g"),
      variant(pB, "500 g"),
      variant(pC, "250 g"),
    ].map((v) => v.id)
    expect(whole.rows.map((r) => r.variant_id)).toEqual(expected)
    expect(inOrder(whole.rows).map((r) => r.variant_id)).toEqual(expected)
    expect(whole.rows.map((r) => [r.low, r.low_stock_threshold, r.available])).toEqual([
      [true, 25, 20],
      [true, 10, 10],
      [false, null, 10],
      [false, 19, 20],
      [false, null, 10],
      [false, null, 20],
    ])
    expect(whole.rows.every((r) => r.price_cny === (r.variant_title === "250 g" ? 39 : 69) && r.levels.length === 1)).toBe(true)

    // Two rows a page: the same rows in the same order, each page with the whole count.
    const byTwo = await pages(c, "", 2)
    expect(byTwo.rows).toEqual(whole.rows)
    expect(byTwo.counts).toEqual([6, 6, 6, 6])
    const past = await c.request("GET", "/exporter/stock?limit=2&offset=10")
    expect(past.body).toMatchObject({ variants: [], count: 6, offset: 10 })

    // The low-stock filter across pages: exactly the two alerts, in order.
    const low = await pages(c, "low=true", 1)
    expect(low.rows.map((r) => r.variant_id)).toEqual(expected.slice(0, 2))
    expect(low.counts).toEqual([2, 2, 2])

    // Text: any case, in the product title, the variant title or the SKU; the other exporter's same-titled listing never shows.
    const titled = await pages(c, `q=${encodeURIComponent(`库存 a ${t}`)}`, 1)
    expect(titled.rows.map((r) => r.variant_id)).toEqual([variant(pA, "250 g").id, variant(pA, "500 g").id])
    expect(titled.counts).toEqual([2, 2, 2])
    const bySku = await pages(c, `q=${encodeURIComponent(variant(pC, "500 g").sku.toLowerCase())}`, 1)
    expect(bySku.rows.map((r) => r.variant_id)).toEqual([variant(pC, "500 g").id])
    const sized = await pages(c, `q=${encodeURIComponent("500 G")}&low=true`, 1)
    expect(sized.rows.map((r) => r.variant_id)).toEqual([variant(pC, "500 g").id])
    // The title in another language the exporter wrote (Russian here), in any case, finds the listing too.
    const inRussian = await pages(c, `q=${encodeURIComponent("ТЕСТОВАЯ КУРАГА")}`, 4)
    expect(inRussian.rows.map((r) => r.variant_id)).toEqual(expected)
    const wildcards = await c.request("GET", `/exporter/stock?q=${encodeURIComponent("%")}`)
    expect(wildcards.body).toMatchObject({ variants: [], count: 0 })

    const decoyIds = [variant(decoy, "250 g").id, variant(decoy, "500 g").id]
    for (const rows of [whole.rows, byTwo.rows, titled.rows]) expect(rows.some((r) => decoyIds.includes(r.variant_id))).toBe(false)
    const theirs = await pages(b, `q=${encodeURIComponent(`库存 A ${t}`)}`, 1)
    expect(theirs.rows.map((r) => r.variant_id)).toEqual(decoyIds)
  })
})

describe("API keys for ERP sync", () => {
  it("are created by owners, shown once, stored hashed, reach stock and prices only, and stop working when revoked", async () => {
    const member = await personFor(a.exporterId, a.handle, `member-${tag()}@exporter.test`, "member")
    const refused = await member.request("POST", "/exporter/api-keys", { title: "1C" })
    expect(refused.status).toBe(403)

    const created = await a.request("POST", "/exporter/api-keys", { title: "1C:Enterprise" })
    expect(created.status).toBe(201)
    const token: string = created.body.api_key.token
    expect(token).toMatch(/^bzk_[0-9a-f]{8}_/)
    const [stored] = await sql<{ token_hash: string; token_prefix: string }>(
      "select token_hash, token_prefix from partner_api_key where id = $1",
      [created.body.api_key.id],
    )
    expect(stored.token_hash).toBe(createHash("sha256").update(token).digest("hex"))
    expect(JSON.stringify(stored)).not.toContain(token)
    const listed = await a.request("GET", "/exporter/api-keys")
    expect(JSON.stringify(listed.body)).not.toContain(token)
    expect(listed.body.api_keys[0]).toMatchObject({ title: "1C:Enterprise", prefix: stored.token_prefix, revoked_at: null })

    const withKey = (method: string, path: string, body?: unknown) => call(method, path, { token, body })
    const stock = await withKey("GET", "/exporter/stock")
    expect(stock.status).toBe(200)
    expect(stock.body.variants.map((v: any) => v.product_id)).toContain(aListing.id)
    const v250 = aListing.variants[0]
    expect((await withKey("POST", "/exporter/prices", { prices: [{ sku: v250.sku, price_cny: 41.5 }] })).status).toBe(200)
    expect((await stockOf(a, v250.id)).price_cny).toBe(41.5)
    const { regions } = await storeClient().store.region.list({ currency_code: "cny" } as never)
    const { products } = await storeClient().store.product.list({
      id: aListing.id,
      region_id: regions[0].id,
      fields: "id,*variants.calculated_price",
    } as never)
    expect(Number((products[0].variants as any[]).find((v) => v.id === v250.id).calculated_price.calculated_amount)).toBe(41.5)
    expect((await withKey("POST", "/exporter/prices", { prices: [{ sku: v250.sku, price_cny: 39 }] })).status).toBe(200)

    const elsewhere = await withKey("GET", "/exporter/orders")
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body.type).toBe("api_key_not_allowed")
    expect((await withKey("POST", "/exporter/prices", { prices: [{ variant_id: bListing.variants[0].id, price_cny: 1 }] })).status).toBe(
      404,
    )

    const revoked = await a.request("DELETE", `/exporter/api-keys/${created.body.api_key.id}`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.api_key.revoked_at).not.toBeNull()
    expect((await withKey("GET", "/exporter/stock")).status).toBe(401)
  })
})

describe("sales", () => {
  beforeAll(async () => {
    const sdk = storeClient("zh-CN")
    const cartId = await cartWith(
      sdk,
      [
        { variant_id: aListing.variants[0].id, quantity: 2 },
        { variant_id: bListing.variants[0].id, quantity: 1 },
      ],
      { address: BUYER.address, email: BUYER.email },
    )
    const order = await checkout(sdk, cartId, { real_name: BUYER.real_name, id_number: newIdNumber() })
    orderId = order.id
  })

  it("shows the exporter its own line of an order with the destination's city and province, nothing personal, not the other exporter's line", async () => {
    const listed = await eventually(
      () => a.request("GET", "/exporter/orders"),
      (answer) => answer.body.orders?.some((o: any) => o.id === orderId),
    )
    const order = listed.body.orders.find((o: any) => o.id === orderId)
    expect(order.lines).toHaveLength(1)
    expect(order.lines[0]).toMatchObject({
      product_id: aListing.id,
      quantity: 2,
      unit_price: 39,
      gross: 78,
      fulfilment_mode: "cross_border_mail",
      // The line keeps the title the buyer ordered by; the portal shows the exporter's own words in its language.
      titles: { "zh-CN": aListing.content["zh-CN"].title, en: aListing.content.en.title, ru: "Тестовая курага" },
    })
    expect(order.state).toBe("paid")
    expect(order.destination).toEqual({ city: "深圳市", province: "广东省", country_code: "cn" })
    const json = JSON.stringify(listed.body)
    for (const personal of BUYER_PII) expect(json, personal).not.toContain(personal)
    expect(json).not.toContain(bListing.id)
    expect(json).not.toContain(bListing.variants[0].sku)

    const bView = await eventually(
      () => b.request("GET", `/exporter/orders/${orderId}`),
      (answer) => answer.status === 200,
    )
    expect(bView.body.order.lines.map((l: any) => l.product_id)).toEqual([bListing.id])
  })

  it("takes the sold units off the exporter's available stock and raises the low-stock alert", async () => {
    expect(await stockOf(a, aListing.variants[0].id)).toMatchObject({ available: 18, low: true, low_stock_threshold: 19 })
  })

  it("moves the dashboard and the monthly statement, at the commission rate operators set", async () => {
    const dashboard = await a.request("GET", "/exporter/sales")
    expect(dashboard.status).toBe(200)
    const { summary } = dashboard.body
    expect(summary.totals).toEqual({ revenue: 78, units: 2, orders: 1 })
    expect(summary.series.at(-1)).toMatchObject({ date: new Date().toISOString().slice(0, 10), revenue: 78, units: 2, orders: 1 })
    expect(summary.top_products).toEqual([
      expect.objectContaining({
        product_id: aListing.id,
        units: 2,
        revenue: 78,
        titles: expect.objectContaining({ ru: "Тестовая курага" }),
      }),
    ])
    expect(summary.by_fulfilment_mode).toEqual([{ mode: "cross_border_mail", revenue: 78, units: 2, orders: 1 }])

    const statement = await a.request("GET", `/exporter/statements/${month()}`)
    expect(statement.body.statement).toMatchObject({
      gross: 78,
      discounts: 0,
      refunds: 0,
      commission_rate: 15,
      commission: 11.7,
      net_payable: 66.3,
    })
    expect((await operator("POST", `/admin/exporters/${a.exporterId}`, { commission_rate: 12.5 })).status).toBe(200)
    const rated = await a.request("GET", `/exporter/statements/${month()}`)
    expect(rated.body.statement).toMatchObject({ commission_rate: 12.5, commission: 9.75, net_payable: 68.25 })
    expect((await operator("POST", `/admin/exporters/${a.exporterId}`, { commission_rate: 80 })).body.message).toMatch(
      /commission_rate' too big, expected at most: '50'/,
    )

    const csv = await a.request("GET", `/exporter/statements/${month()}?format=csv`)
    expect(csv.status).toBe(200)
    expect(csv.body).toContain(aListing.variants[0].sku)
    expect(csv.body).toContain("net_payable_cny,68.25")
    for (const personal of BUYER_PII) expect(csv.body).not.toContain(personal)
    expect(csv.body).not.toContain(bListing.variants[0].sku)
    expect((await a.request("GET", "/exporter/statements/2026-13")).status).toBe(400)
  })

  it("follows the line as operators pack, ship with a waybill and deliver it", async () => {
    const admin = await adminClient()
    const { order } = await admin.admin.order.retrieve(orderId, { fields: "id,items.id,items.product_id,items.quantity" })
    const line = order.items!.find((i: any) => i.product_id === aListing.id)!
    const packed = await admin.admin.order.createFulfillment(orderId, { items: [{ id: line.id, quantity: 2 }] } as never, {
      fields: "id,fulfillments.id,fulfillments.items.line_item_id",
    })
    const fulfilment = (packed.order.fulfillments as any[]).find((f) => f.items.some((i: any) => i.line_item_id === line.id))
    expect((await a.request("GET", `/exporter/orders/${orderId}`)).body.order.state).toBe("packed")
    const bState = (await b.request("GET", `/exporter/orders/${orderId}`)).body.order.state
    expect(bState).toBe("paid")

    await admin.admin.order.createShipment(orderId, fulfilment.id, {
      items: [{ id: line.id, quantity: 2 }],
      labels: [{ tracking_number: "EMS-UZ-778899", tracking_url: "#", label_url: "#" }],
    } as never)
    expect((await a.request("GET", `/exporter/orders/${orderId}`)).body.order).toMatchObject({
      state: "shipped",
      waybills: ["EMS-UZ-778899"],
    })
    await admin.admin.order.markAsDelivered(orderId, fulfilment.id)
    expect((await a.request("GET", `/exporter/orders/${orderId}`)).body.order.state).toBe("delivered")
  })
})
