import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { demoConsulateStaff, type ConsulateStaff } from "../consulate"
import { call, operator } from "../exporters"
import { sql, testStack } from "../helpers"

/**
 * The consulate's content as the shop reads it: the store routes answer only
 * what is published and inside its window; a signed preview shows a draft;
 * edits are validated, audited, and move the Medusa campaign's window with the
 * page's, so the discount ends with the banner.
 */

const store = (path: string) => call("GET", path, { headers: { "x-publishable-api-key": testStack().publishableKey } })

const HOUR = 3600_000
const at = (offset: number) => new Date(Date.now() + offset).toISOString()
const text = (en: string) => ({ "zh-CN": `${en}（中文）`, en })

let staff: ConsulateStaff
let honeyId: string
let campaignId: string
let promotionId: string
const code = `TEST${randomUUID().slice(0, 6).toUpperCase()}`

beforeAll(async () => {
  staff = await demoConsulateStaff()
  const products = await store("/store/products?handle=zaamin-mountain-honey&fields=id")
  honeyId = products.body.products[0].id
  const promotion = await operator("POST", "/admin/promotions", {
    code,
    type: "standard",
    status: "active",
    is_automatic: false,
    campaign: { name: `Test ${code}`, campaign_identifier: code, starts_at: at(-HOUR), ends_at: at(HOUR) },
    application_method: {
      type: "percentage",
      value: 15,
      target_type: "items",
      allocation: "across",
      target_rules: [{ attribute: "items.product.id", operator: "in", values: [honeyId] }],
    },
  })
  expect(promotion.status).toBe(200)
  promotionId = promotion.body.promotion.id
  campaignId = promotion.body.promotion.campaign_id ?? promotion.body.promotion.campaign?.id
  expect(campaignId).toBeTruthy()
})

/** Pages and events this file made: unpublished and deleted afterwards, so the shop's journeys see only the seed's. */
const madePages: string[] = []
const madeEvents: string[] = []
afterAll(async () => {
  for (const id of madePages) await staff.request("POST", `/consulate/campaign-pages/${id}`, { status: "draft" })
  for (const id of madeEvents) await staff.request("DELETE", `/consulate/events/${id}`)
  if (promotionId) await operator("DELETE", `/admin/promotions/${promotionId}`)
})

async function createPage(body: Record<string, unknown>) {
  const created = await staff.request("POST", "/consulate/campaign-pages", body)
  if (created.status === 201) madePages.push(created.body.campaign_page.id)
  return created
}

function page(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    title: text(`Campaign ${slug}`),
    body: text("Spring goods from Uzbekistan."),
    featured_product_ids: [honeyId],
    starts_at: at(-HOUR),
    ends_at: at(HOUR),
    status: "published",
    ...overrides,
  }
}

const slugs = async () => ((await store("/store/campaign-pages")).body.campaign_pages as { slug: string }[]).map((p) => p.slug)

describe("campaign pages in the store", () => {
  it("shows a published page inside its window, with its promotion's price of the featured products", async () => {
    const slug = `running-${randomUUID().slice(0, 8)}`
    const created = await createPage(page(slug, { campaign_id: campaignId }))
    expect(created.status).toBe(201)
    expect(await slugs()).toContain(slug)
    const one = await store(`/store/campaign-pages/${slug}`)
    expect(one.status).toBe(200)
    expect(one.body.campaign_page.title).toEqual(text(`Campaign ${slug}`))
    expect(one.body.campaign_page.promotions).toEqual([
      expect.objectContaining({ code, is_automatic: false, type: "percentage", value: 15, target_type: "items", product_ids: [honeyId] }),
    ])
    // The page's banner (product_id) is found from the product.
    const forHoney = (await store(`/store/campaign-pages?product_id=${honeyId}`)).body.campaign_pages.map((p: any) => p.slug)
    expect(forHoney).toContain(slug)
  })

  it("hides a draft, a page not started and a page that ended, as if they did not exist", async () => {
    const draft = `draft-${randomUUID().slice(0, 8)}`
    const later = `later-${randomUUID().slice(0, 8)}`
    const ended = `ended-${randomUUID().slice(0, 8)}`
    for (const body of [
      page(draft, { status: "draft" }),
      page(later, { starts_at: at(HOUR), ends_at: at(2 * HOUR) }),
      page(ended, { starts_at: at(-2 * HOUR), ends_at: at(-HOUR) }),
    ]) {
      expect((await createPage(body)).status).toBe(201)
    }
    const listed = await slugs()
    for (const slug of [draft, later, ended]) {
      expect(listed).not.toContain(slug)
      expect((await store(`/store/campaign-pages/${slug}`)).status).toBe(404)
    }
  })

  it("opens a draft through a signed preview link only", async () => {
    const slug = `preview-${randomUUID().slice(0, 8)}`
    const created = await createPage(page(slug, { status: "draft" }))
    const preview = await staff.request("GET", `/consulate/campaign-pages/${created.body.campaign_page.id}/preview`)
    expect(preview.status).toBe(200)
    const url = new URL(preview.body.url)
    expect(url.pathname).toBe(`/zh-CN/campaigns/${slug}`)
    const token = url.searchParams.get("preview")!
    const opened = await store(`/store/campaign-previews/${encodeURIComponent(token)}`)
    expect(opened.status).toBe(200)
    expect(opened.body.preview.slug).toBe(slug)
    expect((await store(`/store/campaign-previews/${encodeURIComponent(token.slice(0, -2) + "xx")}`)).status).toBe(404)
  })

  it("writes the page's window to the Medusa campaign, so an ended page's discount ends with it", async () => {
    const slug = `window-${randomUUID().slice(0, 8)}`
    const created = await createPage(page(slug, { campaign_id: campaignId }))
    const endsAt = at(-60_000)
    const ended = await staff.request("POST", `/consulate/campaign-pages/${created.body.campaign_page.id}`, {
      ends_at: endsAt,
      starts_at: at(-HOUR),
    })
    expect(ended.status).toBe(200)
    const campaign = await operator("GET", `/admin/campaigns/${campaignId}`)
    expect(new Date(campaign.body.campaign.ends_at).toISOString()).toBe(endsAt)
    expect(await slugs()).not.toContain(slug)
    // Reopen, for the other tests of this file.
    await staff.request("POST", `/consulate/campaign-pages/${created.body.campaign_page.id}`, { ends_at: at(HOUR) })
  })

  it("refuses bad input with the field and the limit, and a slug already taken", async () => {
    const bad = await createPage(page("Not A Slug"))
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("slug may contain only lower-case letters")
    const backwards = await createPage(page(`back-${randomUUID().slice(0, 8)}`, { starts_at: at(HOUR), ends_at: at(-HOUR) }))
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toContain("ends_at must be after starts_at")
    const noChinese = await createPage({ ...page(`zh-${randomUUID().slice(0, 8)}`), title: { en: "Only English" } })
    expect(noChinese.status).toBe(400)
    expect(noChinese.body.message).toMatch(/title/)
    const slug = `taken-${randomUUID().slice(0, 8)}`
    expect((await createPage(page(slug))).status).toBe(201)
    const again = await createPage(page(slug))
    expect(again.status).toBe(400)
    expect(again.body.message).toContain(`slug "${slug}" is already used`)
  })

  it("takes a hero image through the File Module, and refuses a file that is no image by its bytes", async () => {
    const created = await createPage(page(`hero-${randomUUID().slice(0, 8)}`, { status: "draft" }))
    const id = created.body.campaign_page.id
    const upload = (name: string, bytes: Buffer, type: string) => {
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(bytes)], { type }), name)
      return call("POST", `/consulate/campaign-pages/${id}/hero`, { token: staff.token, form })
    }
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")
    const ok = await upload("hero.png", png, "image/png")
    expect(ok.status).toBe(201)
    const url = ok.body.campaign_page.hero_image_url as string
    expect(url).toMatch(/\/campaigns\/(\d+-)?cpage_\w+-\w+\.png$/)
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(png)).toBe(true)
    const fake = await upload("hero.png", Buffer.from("not an image"), "image/png")
    expect(fake.status).toBe(400)
    expect(fake.body.message).toContain("hero.png")
  })

  it("records every edit in the audit log the operators read, with the staff member", async () => {
    const slug = `audited-${randomUUID().slice(0, 8)}`
    const created = await createPage(page(slug))
    const id = created.body.campaign_page.id
    await staff.request("POST", `/consulate/campaign-pages/${id}`, { status: "draft" })
    const log = await operator("GET", `/admin/audit-log?resource_id=${id}`)
    const entries = log.body.entries ?? log.body.audit_entries
    const actions = entries.map((e: any) => e.action)
    expect(actions).toEqual(expect.arrayContaining(["consulate.campaign_page_created", "consulate.campaign_page_updated"]))
    const update = entries.find((e: any) => e.action === "consulate.campaign_page_updated")
    expect(JSON.stringify(update)).toContain(staff.email)
    expect(update.changes.status).toEqual({ from: "published", to: "draft" })
  })
})

describe("pavilion and events in the store", () => {
  it("lists published events that have not ended, soonest first, and hides drafts and past ones", async () => {
    const make = async (title: string, overrides: Record<string, unknown>) => {
      const id = (
        await staff.request("POST", "/consulate/events", {
          title: text(title),
          body: text("Tasting at the centre."),
          starts_at: at(2 * HOUR),
          ends_at: at(3 * HOUR),
          place: "centre",
          status: "published",
          ...overrides,
        })
      ).body.event.id as string
      madeEvents.push(id)
      return id
    }
    const soon = await make("Soon", { starts_at: at(HOUR), ends_at: at(2 * HOUR) })
    const later = await make("Later", {})
    const draft = await make("Draft", { status: "draft" })
    const past = await make("Past", { starts_at: at(-3 * HOUR), ends_at: at(-2 * HOUR) })
    const ids = (await store("/store/pavilion-events")).body.events.map((e: any) => e.id)
    expect(ids.indexOf(soon)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(soon)).toBeLessThan(ids.indexOf(later))
    expect(ids).not.toContain(draft)
    expect(ids).not.toContain(past)
    expect((await store(`/store/pavilion-events/${past}`)).status).toBe(404)
    expect((await staff.request("DELETE", `/consulate/events/${later}`)).status).toBe(200)
    expect((await store("/store/pavilion-events")).body.events.map((e: any) => e.id)).not.toContain(later)
  })

  it("serves the seeded pavilion and takes the staff's edits", async () => {
    const before = await store("/store/pavilion")
    expect(before.status).toBe(200)
    expect(before.body.pavilion.story.en).toContain("Silk Road")
    const hours = text(`Daily 10:00–21:00 ${randomUUID().slice(0, 4)}`)
    const edited = await staff.request("POST", "/consulate/pavilion", { centre_hours: hours })
    expect(edited.status).toBe(200)
    expect((await store("/store/pavilion")).body.pavilion.centre_hours).toEqual(hours)
    await staff.request("POST", "/consulate/pavilion", { centre_hours: before.body.pavilion.centre_hours })
  })

  it("refuses the content routes to a customer's or no session", async () => {
    expect((await call("POST", "/consulate/campaign-pages", { body: page("nobody") })).status).toBe(401)
    expect((await call("POST", "/consulate/pavilion", { body: { centre_hours: text("x") } })).status).toBe(401)
  })
})

describe("a consulate campaign and its page", () => {
  /** A campaign of the consulate's own (its console's), running for an hour, with a published page. */
  async function consulateCampaignWithPage() {
    const identifier = `console-${randomUUID().slice(0, 8)}`
    const campaign = await staff.request("POST", "/consulate/campaigns", {
      name: "Console campaign",
      identifier,
      starts_at: at(-HOUR),
      ends_at: at(HOUR),
    })
    expect(campaign.status, JSON.stringify(campaign.body)).toBe(201)
    const created = await createPage(page(identifier, { campaign_id: campaign.body.campaign.id }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { id: campaign.body.campaign.id as string, slug: identifier }
  }

  it("features the campaign's featured products (staff's picks, nominations) before the page's own", async () => {
    const { id, slug } = await consulateCampaignWithPage()
    const acacia = (await store("/store/products?handle=white-acacia-honey&fields=id")).body.products[0].id
    expect((await staff.request("POST", `/consulate/campaigns/${id}/featured-products`, { product_ids: [acacia] })).status).toBe(200)
    expect((await store(`/store/campaign-pages/${slug}`)).body.campaign_page.featured_product_ids).toEqual([acacia, honeyId])
    const forAcacia = (await store(`/store/campaign-pages?product_id=${acacia}`)).body.campaign_pages.map((p: any) => p.slug)
    expect(forAcacia).toContain(slug)
    expect((await staff.request("DELETE", `/consulate/campaigns/${id}/featured-products/${acacia}`)).status).toBe(200)
    expect((await store(`/store/campaign-pages/${slug}`)).body.campaign_page.featured_product_ids).toEqual([honeyId])
  })

  it("takes the page off the shop when staff end the campaign, with its discount", async () => {
    const { id, slug } = await consulateCampaignWithPage()
    expect(await slugs()).toContain(slug)
    const ended = await staff.request("POST", `/consulate/campaigns/${id}`, { ends_at: new Date().toISOString() })
    expect(ended.status, JSON.stringify(ended.body)).toBe(200)
    expect(ended.body.campaign.state).toBe("ended")
    expect(await slugs()).not.toContain(slug)
    expect((await store(`/store/campaign-pages/${slug}`)).status).toBe(404)
    const [mine] = (await staff.request("GET", "/consulate/campaign-pages")).body.campaign_pages.filter((p: any) => p.slug === slug)
    expect(mine.campaign_id).toBe(id)
    expect(new Date(mine.ends_at).getTime()).toBe(new Date(ended.body.campaign.ends_at).getTime())
  })

  it("lets staff find exporters' published products by words of the title or by id, with their exporter", async () => {
    const found = await staff.request("GET", "/consulate/products?q=Zaamin%20Mountain")
    expect(found.status).toBe(200)
    expect(found.body.products.map((p: any) => p.id)).toContain(honeyId)
    for (const p of found.body.products) expect(p.exporter.name).toBeTruthy()
    const byId = await staff.request("GET", `/consulate/products?id=${honeyId}`)
    expect(byId.body.products).toEqual([
      expect.objectContaining({ id: honeyId, handle: "zaamin-mountain-honey", title: "Zaamin Mountain Wildflower Honey" }),
    ])
    // Staff type words in their own language: a Chinese title finds it too, and each product carries its titles.
    const [{ title: chinese }] = await sql<{ title: string }>(
      "select translations ->> 'title' as title from translation where reference = 'product' and reference_id = $1 and locale_code = 'zh-CN'",
      [honeyId],
    )
    const inChinese = await staff.request("GET", `/consulate/products?q=${encodeURIComponent(chinese.slice(0, 4))}`)
    expect(inChinese.body.products.map((p: any) => p.id)).toContain(honeyId)
    expect(inChinese.body.products.find((p: any) => p.id === honeyId).titles).toMatchObject({
      "zh-CN": chinese,
      en: "Zaamin Mountain Wildflower Honey",
    })
    // By id and words together: only ids asked for.
    const both = await staff.request("GET", `/consulate/products?q=${encodeURIComponent(chinese.slice(0, 4))}&id=${honeyId}`)
    expect(both.body.products.map((p: any) => p.id)).toEqual([honeyId])
    expect((await staff.request("GET", `/consulate/products?q=${"x".repeat(101)}`)).status).toBe(400)
    const exporters = await staff.request("GET", "/consulate/exporters")
    expect(exporters.body.exporters.map((e: any) => e.handle)).toContain("zaamin-mountain-apiaries")
  })
})
