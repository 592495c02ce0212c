import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient } from "../helpers"
import { adminClient, cartWith, complete, createTestProduct, pay, type Sdk } from "../shop"
import { newExporter, readyListing, type ExporterPerson } from "../exporters"
import { demoConsulateStaff, newConsulateStaff, type ConsulateStaff } from "../consulate"

/**
 * Campaigns and promotions from the consulate's console, on Medusa's own
 * promotion workflows: codes judged in the staff's language, a budget that
 * stops a promotion exactly when it is spent even when buyers complete at the
 * same moment, a window the shop explains with its dates, nominations the
 * exporter answers, and a report of aggregates only.
 */

const HOUR = 3600_000
const DAY = 24 * HOUR
const uid = () => randomUUID().slice(0, 8)

let staff: ConsulateStaff
let en: Sdk
let product: { productId: string; variantId: string }
beforeAll(async () => {
  staff = await demoConsulateStaff()
  en = storeClient("en")
  product = await createTestProduct({ title: "consulate-budget", price: 100, stock_origin: "domestic" })
})
afterAll(async () => {
  await (await adminClient()).admin.product.delete(product.productId)
})

describe("on first start", () => {
  it("the consulate runs the seeded Spring Festival campaign and its picks; the shop's own codes stay the operators'", async () => {
    const list = await staff.request("GET", "/consulate/campaigns?limit=100")
    expect(list.status).toBe(200)
    const identifiers = list.body.campaigns.map((c: any) => c.identifier)
    expect(identifiers).toEqual(expect.arrayContaining(["CNY2027", "CONSULATE10"]))
    expect(identifiers).not.toContain("FIRSTORDER")
    const spring = list.body.campaigns.find((c: any) => c.identifier === "CNY2027")
    expect(spring.promotions.map((p: any) => p.code)).toEqual(["CNY2027"])
    // Being the consulate's, it takes nominations (the exporters' answer is tested below).
    const nominations = await staff.request("GET", `/consulate/campaigns/${spring.id}/nominations`)
    expect(nominations.status).toBe(200)
  })
})

async function campaign(body: Record<string, unknown> = {}, who = staff) {
  const answer = await who.request("POST", "/consulate/campaigns", {
    name: `Test ${uid()}`,
    identifier: `test-${uid()}`,
    starts_at: new Date(Date.now() - HOUR).toISOString(),
    ends_at: new Date(Date.now() + DAY).toISOString(),
    ...body,
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body.campaign
}

async function codePromotion(campaignId: string, code: string, discount: Record<string, unknown>) {
  const answer = await staff.request("POST", "/consulate/promotions", {
    campaign_id: campaignId,
    code,
    name: { "zh-CN": `测试${code}`, en: `Test ${code}` },
    discount,
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body.promotion
}

const applyCode = (cartId: string, code: string) =>
  en.client.fetch<{ cart?: any }>(`/store/carts/${cartId}/promotion-codes`, { method: "POST", body: { code } }).then(
    () => ({ status: 200, message: "" }),
    (e: { status?: number; message?: string }) => ({ status: e.status ?? 0, message: e.message ?? "" }),
  )

const discountOf = async (cartId: string) =>
  Number((await en.store.cart.retrieve(cartId, { fields: "discount_total" })).cart.discount_total)

describe("codes", () => {
  it("are judged in the staff member's language: format, uniqueness, window", async () => {
    const ru = await newConsulateStaff("ru")
    const own = await campaign({}, ru)
    const send = (code: string) =>
      ru.request("POST", "/consulate/promotions", {
        campaign_id: own.id,
        code,
        name: { "zh-CN": "测试", en: "Test" },
        discount: { type: "percentage", value: 10 },
      })
    const badFormat = await send("15% OFF!")
    expect(badFormat.status).toBe(400)
    expect(badFormat.body.message).toMatch(/^code: «15% OFF!» — код должен состоять/)
    const taken = await send("firstorder")
    expect(taken.status).toBe(422)
    expect(taken.body.message).toBe("code: код FIRSTORDER уже занят другой акцией — выберите другой.")
    const window = await ru.request("POST", "/consulate/campaigns", {
      name: "Backwards",
      identifier: `backwards-${uid()}`,
      starts_at: "2027-03-21T00:00:00+08:00",
      ends_at: "2027-03-20T00:00:00+08:00",
    })
    expect(window.status).toBe(400)
    expect(window.body.message).toBe("ends_at: окончание должно быть позже начала.")
    const created = await send(`NAVRUZ-${uid().toUpperCase()}`)
    expect(created.status).toBe(201)
  })

  it("outside the campaign's window are refused by the shop with the dates", async () => {
    const later = await campaign({ starts_at: "2099-03-21T00:00:00+08:00", ends_at: "2099-03-28T00:00:00+08:00" })
    // A window wholly in the past, whatever the day the test runs.
    const over = await campaign({ starts_at: "2026-11-01T00:00:00+08:00", ends_at: "2026-11-25T00:00:00+08:00" })
    const soon = `SOON-${uid().toUpperCase()}`
    const gone = `GONE-${uid().toUpperCase()}`
    await codePromotion(later.id, soon, { type: "percentage", value: 15 })
    await codePromotion(over.id, gone, { type: "percentage", value: 15 })
    const cartId = await cartWith(en, [{ variant_id: product.variantId }], { shipping: false })
    const early = await applyCode(cartId, soon)
    expect(early.status).toBe(400)
    expect(early.message).toContain("starts on March 21, 2099")
    const late = await applyCode(cartId, gone)
    expect(late.status).toBe(400)
    expect(late.message).toContain("could be used until November 24, 2026")
    expect(await discountOf(cartId)).toBe(0)
  })
})

describe("a campaign's budget", () => {
  let budgeted: any
  let code: string
  let orders: any[]

  it("stops the promotion exactly when it is spent, even when buyers complete at the same moment", { timeout: 400_000 }, async () => {
    // ¥30 of budget, ¥15 off each ¥100 order: two orders spend it exactly; four buyers try at once.
    budgeted = await campaign({ budget: { type: "spend", limit: 30 } })
    code = `BUDGET-${uid().toUpperCase()}`
    await codePromotion(budgeted.id, code, { type: "percentage", value: 15, targets: { product_ids: [product.productId] } })
    const carts: string[] = []
    for (let i = 0; i < 4; i++) {
      const cartId = await cartWith(en, [{ variant_id: product.variantId }])
      expect((await applyCode(cartId, code)).status).toBe(200)
      expect(await discountOf(cartId)).toBe(15)
      await pay(en, cartId)
      carts.push(cartId)
    }
    const results = await Promise.allSettled(carts.map((id) => complete(en, id)))
    orders = results.flatMap((r) => (r.status === "fulfilled" && r.value.type === "order" ? [r.value.order] : []))
    expect(orders).toHaveLength(2)
    // The buyers who came too late are told why in their language, and their carts no longer carry the discount.
    const late = results.flatMap((r, i) =>
      r.status === "rejected" ? [{ reason: r.reason as { status?: number; message?: string }, cartId: carts[i] }] : [],
    )
    expect(late).toHaveLength(2)
    for (const { reason, cartId } of late) {
      expect(reason.status, String(reason.message)).toBe(400)
      expect(reason.message).toMatch(/has just used up its budget and no longer applies/)
      expect(await discountOf(cartId)).toBe(0)
    }
    const spent = await sql<{ used: string; limit: string }>(
      "select b.used, b.limit from promotion_campaign_budget b where b.campaign_id = $1",
      [budgeted.id],
    )
    expect(Number(spent[0].used)).toBe(30)
    const discounts = orders.map((o) => Number(o.discount_total))
    expect(discounts).toEqual([15, 15])

    const shown = await staff.request("GET", `/consulate/campaigns/${budgeted.id}`)
    expect(shown.body.campaign.budget).toMatchObject({ type: "spend", limit: 30, used: 30, remaining: 0 })

    // The next buyer cannot take it any more.
    const after = await cartWith(en, [{ variant_id: product.variantId }])
    const refused = await applyCode(after, code)
    expect(refused.status).toBe(400)
    expect(await discountOf(after)).toBe(0)
  })

  it("appears in the campaign's report: orders, revenue, redemptions and discount against the budget, by day and breakdown", async () => {
    const report = await staff.request("GET", `/consulate/reports?campaign_id=${budgeted.id}`)
    expect(report.status, JSON.stringify(report.body)).toBe(200)
    expect(report.body.totals).toEqual({ orders: 2, revenue_cny: 170, units: 2, buyers: 2, redemptions: 2, discount_cny: 30 })
    expect(report.body.budget).toMatchObject({ limit: 30, used: 30, remaining: 0 })
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
    expect(report.body.by_day).toEqual([{ day: today, orders: 2, revenue_cny: 170, units: 2, redemptions: 2, discount_cny: 30 }])
    expect(report.body.by_region).toEqual([{ region: "fergana", orders: 2, revenue_cny: 170, units: 2 }])
    expect(report.body.by_exporter).toHaveLength(1)

    const csv = await staff.request("GET", `/consulate/reports?campaign_id=${budgeted.id}&format=csv`)
    expect(csv.status).toBe(200)
    expect(String(csv.body)).toContain("totals,revenue_cny,170")
    expect(String(csv.body)).toContain(`by_day,${today},2,170,2,2,30`)
  })

  it("names each category in English, Chinese and Russian, for the portal to show in the staff's language", async () => {
    const since = new Date(Date.now() - 60_000).toISOString()
    const cartId = await cartWith(en, [{ handle: "sheep-milk-qurt" }])
    await pay(en, cartId)
    expect((await complete(en, cartId)).type).toBe("order")
    const report = await staff.request("GET", `/consulate/reports?from=${encodeURIComponent(since)}`)
    expect(report.status, JSON.stringify(report.body)).toBe(200)
    const [category] = await sql<{ handle: string; name: string }>(
      `select pc.handle, pc.name from product p join product_category_product pcp on pcp.product_id = p.id
       join product_category pc on pc.id = pcp.product_category_id where p.handle = 'sheep-milk-qurt'`,
    )
    const row = report.body.by_category.find((r: any) => r.category === category.handle)
    expect(row.category_names).toMatchObject({ en: category.name, "zh-CN": expect.stringMatching(/[\u4e00-\u9fff]/) })
    const csv = await staff.request("GET", `/consulate/reports?from=${encodeURIComponent(since)}&format=csv`)
    expect(String(csv.body)).toContain("by_category,category_id,category,name_en,name_zh-CN,name_ru,orders,revenue_cny,units")
    expect(String(csv.body)).toContain(`,${category.handle},${category.name},${row.category_names["zh-CN"]},`)
  })

  it("reports hold no buyer's name, phone, e-mail or address", async () => {
    const period = await staff.request("GET", `/consulate/reports?from=${new Date(Date.now() - 399 * DAY).toISOString()}`)
    expect(period.status).toBe(200)
    expect(period.body.totals.orders).toBeGreaterThanOrEqual(2)
    const campaignCsv = await staff.request("GET", `/consulate/reports?campaign_id=${budgeted.id}&format=csv`)
    const payloads = [
      JSON.stringify(period.body),
      String(campaignCsv.body),
      JSON.stringify((await staff.request("GET", `/consulate/reports?campaign_id=${budgeted.id}`)).body),
    ]
    const people = await sql<Record<string, string | null>>(
      `select first_name, last_name, phone, address_1, email from (
         select a.first_name, a.last_name, a.phone, a.address_1, o.email from "order" o join order_address a on a.id in (o.shipping_address_id, o.billing_address_id)
         union all select first_name, last_name, phone, null, email from customer where has_account) p`,
    )
    expect(people.length).toBeGreaterThan(2)
    const secrets = new Set<string>()
    for (const p of people) {
      for (const v of [
        p.phone,
        p.address_1,
        p.email,
        p.first_name && p.last_name ? `${p.last_name}${p.first_name}` : null,
        p.first_name && p.last_name ? `${p.first_name} ${p.last_name}` : null,
      ]) {
        if (v && v.length >= 2) secrets.add(v)
      }
    }
    expect(secrets).toContain("13800138000")
    for (const payload of payloads) for (const secret of secrets) expect(payload.includes(secret), secret).toBe(false)
  })

  it("refuses a period longer than 400 days, in the staff member's language", async () => {
    const answer = await staff.request("GET", `/consulate/reports?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`)
    expect(answer.status).toBe(400)
    expect(answer.body.message).toMatch(/^to: конец периода/)
  })
})

describe("nominations", () => {
  let exporter: ExporterPerson
  let other: ExporterPerson
  let products: any[]
  let navruz: any
  beforeAll(async () => {
    ;[exporter, other] = await Promise.all([newExporter("nominee"), newExporter("bystander")])
    products = await Promise.all([readyListing(exporter, `蜂蜜${uid()}`), readyListing(exporter, `杏干${uid()}`)])
    navruz = await campaign({ name: "Navruz" })
  })

  it("are answered by the exporter in the portal: accepted products join the featured list, declined ones do not", async () => {
    const invited = await staff.request("POST", `/consulate/campaigns/${navruz.id}/nominations`, {
      product_ids: products.map((p) => p.id),
      message: "Join Navruz!",
    })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    const again = await staff.request("POST", `/consulate/campaigns/${navruz.id}/nominations`, { product_ids: [products[0].id] })
    expect(again.status).toBe(422)

    const mine = await exporter.request("GET", "/exporter/nominations")
    expect(mine.body.nominations.map((n: any) => n.product.id).sort()).toEqual(products.map((p) => p.id).sort())
    expect(mine.body.nominations[0]).toMatchObject({
      status: "invited",
      message: "Join Navruz!",
      campaign: { id: navruz.id, name: "Navruz" },
    })
    expect((await other.request("GET", "/exporter/nominations")).body.nominations).toEqual([])

    const byProduct = (id: string) => mine.body.nominations.find((n: any) => n.product.id === id)
    const first = byProduct(products[0].id)
    const second = byProduct(products[1].id)
    expect((await other.request("POST", `/exporter/nominations/${first.id}/accept`)).status).toBe(404)
    const accepted = await exporter.request("POST", `/exporter/nominations/${first.id}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body.nomination.status).toBe("accepted")
    expect((await exporter.request("POST", `/exporter/nominations/${first.id}/decline`)).status).toBe(400)
    const declined = await exporter.request("POST", `/exporter/nominations/${second.id}/decline`, { reason: "Out of stock until May" })
    expect(declined.body.nomination).toMatchObject({ status: "declined", decline_reason: "Out of stock until May" })

    const featured = await staff.request("GET", `/consulate/campaigns/${navruz.id}/featured-products`)
    expect(featured.body.product_ids).toEqual([products[0].id])
    const listed = await staff.request("GET", `/consulate/campaigns/${navruz.id}/nominations`)
    expect(listed.body.nominations.map((n: any) => n.status).sort()).toEqual(["accepted", "declined"])
  })
})

describe("the audit log", () => {
  it("has every consulate action, for operators", async () => {
    const own = await campaign({ budget: { type: "usage", limit: 5 } })
    const code = `AUDIT-${uid().toUpperCase()}`
    const promotion = await codePromotion(own.id, code, { type: "fixed", value: 20 })
    await staff.request("POST", `/consulate/campaigns/${own.id}`, {
      budget_limit: 8,
      ends_at: new Date(Date.now() + 2 * DAY).toISOString(),
    })
    await staff.request("POST", `/consulate/promotions/${promotion.id}`, { status: "inactive" })
    const { operator } = await import("../exporters")
    const log = await operator("GET", "/admin/audit-log?scope_id=consulate&limit=100")
    expect(log.status).toBe(200)
    const mine = log.body.entries.filter((e: any) => e.resource.id === own.id || e.resource.id === promotion.id)
    expect(mine.map((e: any) => e.action).sort()).toEqual([
      "consulate.campaign_created",
      "consulate.campaign_updated",
      "consulate.promotion_created",
      "consulate.promotion_updated",
    ])
    for (const e of mine) expect(e.actor).toMatchObject({ type: "consulate", id: staff.id, email: staff.email })
    const updated = mine.find((e: any) => e.action === "consulate.campaign_updated")
    expect(updated.changes.budget_limit).toEqual({ before: 5, after: 8 })
    expect(mine.find((e: any) => e.action === "consulate.promotion_updated").changes.status).toEqual({
      before: "active",
      after: "inactive",
    })
  })
})
