import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { sql, storeClient } from "../helpers"
import { eventually, searchProducts } from "../search"
import { call, listingInput, newExporter, operator, PNG, readyListing, uploadImages, type ExporterPerson } from "../exporters"

/**
 * A listing's way to the shop through Medusa's own workflows: the checklist,
 * submission, the operators' review (request changes with a reason, approve),
 * and what the shop shows meanwhile — a live listing's content change never
 * before its approval, its price change at once.
 */

const tag = () => randomUUID().slice(0, 6)
const storeTitle = async (handle: string, locale = "zh-CN") => {
  const { products } = await storeClient(locale).store.product.list({ handle, fields: "id,title,subtitle" })
  return products[0] ?? null
}
const searchIds = async (q: string) => (await searchProducts({ q })).hits.map((h) => h.id)
/** The Chinese title the search index holds for a product (what a search shows), found by a query. */
const indexedTitle = async (q: string, id: string) => (await searchProducts({ q })).hits.find((h) => h.id === id)?.document.title_zh ?? null
const storePrice = async (handle: string) => {
  const sdk = storeClient("zh-CN")
  const { regions } = await sdk.store.region.list({ currency_code: "cny" } as never)
  const { products } = await sdk.store.product.list({ handle, region_id: regions[0].id, fields: "id,*variants.calculated_price" } as never)
  return (products[0]?.variants ?? []).map((v: any) => Number(v.calculated_price?.calculated_amount)).sort((a, b) => a - b)
}

let exporter: ExporterPerson
beforeAll(async () => {
  exporter = await newExporter("listings")
})

describe("a new listing", () => {
  it("goes through review: refused by the checklist, submitted, sent back with a reason, resubmitted, approved — then searchable by its Chinese title", async () => {
    const title = `喀什葡萄干测试${tag()}`
    const draft = await listingInput(title)
    const { trade: _trade, ...withoutTrade } = draft
    // Stock needs a place, which the trade data's stock origin names.
    const noPlace = await exporter.request("POST", "/exporter/products", withoutTrade)
    expect(noPlace.status).toBe(400)
    expect(noPlace.body.message).toMatch(/stocked_quantity: set trade.stock_origin first/)
    const created = await exporter.request("POST", "/exporter/products", {
      ...withoutTrade,
      variants: draft.variants.map(({ stocked_quantity: _s, ...v }) => v),
    })
    expect(created.status).toBe(201)
    const id = created.body.product.id as string
    expect(created.body.product).toMatchObject({ status: "draft", published: false })
    expect(created.body.product.completeness).toEqual({ "zh-CN": 100, en: 80, ru: 50 })
    expect(created.body.product.variants.map((v: any) => v.stock)).toEqual([[], []])

    // Without trade data or an image the checklist refuses, naming what is missing in the person's language.
    await exporter.request("POST", "/exporter/me", { locale: "ru" })
    const refused = await exporter.request("POST", `/exporter/products/${id}/submit`)
    expect(refused.status).toBe(400)
    expect(refused.body.type).toBe("checklist")
    const missing = refused.body.checklist.filter((i: any) => !i.ok).map((i: any) => i.key)
    expect(missing).toEqual(expect.arrayContaining(["trade", "label_zh", "food_gacc", "hs_code_family", "image"]))
    expect(refused.body.message).toMatch(/Объявление пока нельзя отправить/)
    expect(refused.body.message).toMatch(/китайской этикетки/)
    // Back to English: the other tests of this file read the messages in English.
    await exporter.request("POST", "/exporter/me", { locale: "en" })

    const input = await listingInput(title)
    const withTrade = await exporter.request("POST", `/exporter/products/${id}`, { trade: { ...input.trade, hs_code: "6403990090" } })
    expect(withTrade.status).toBe(200)
    expect(withTrade.body.product.variants.map((v: any) => v.stock.map((l: any) => [l.location_name, l.stocked]))).toEqual([
      [["Tashkent export warehouse", 0]],
      [["Tashkent export warehouse", 0]],
    ])
    expect((await uploadImages(exporter, id)).status).toBe(201)
    const wrongFamily = await exporter.request("POST", `/exporter/products/${id}/submit`)
    expect(wrongFamily.body.checklist.filter((i: any) => !i.ok).map((i: any) => i.key)).toEqual(["hs_code_family"])

    expect((await exporter.request("POST", `/exporter/products/${id}`, { trade: input.trade })).status).toBe(200)
    const submitted = await exporter.request("POST", `/exporter/products/${id}/submit`)
    expect(submitted.status).toBe(200)
    expect(submitted.body.product.status).toBe("in_review")
    expect((await exporter.request("POST", `/exporter/products/${id}/submit`)).status).toBe(400)

    const queue = await operator("GET", "/admin/listing-reviews?limit=100")
    const review = queue.body.reviews.find((r: any) => r.product_id === id)
    expect(review).toMatchObject({ kind: "new", exporter: { id: exporter.exporterId }, title })
    // Each changed field as an operator reads it: a label, names for codes and ids, pictures for images.
    const row = (field: string) => review.diff.find((d: any) => d.field === field)
    expect(row("content.zh-CN.title")).toEqual({
      field: "content.zh-CN.title",
      label: "Title (Chinese)",
      kind: "text",
      before: null,
      after: title,
    })
    expect(row("category_id")).toMatchObject({ label: "Category", before: null, after: "Dried apricots" })
    expect(row("trade.certificates")).toMatchObject({ label: "Certificates", after: "GACC registered" })
    expect(row("trade.origin_region")).toMatchObject({ label: "Origin region", after: "Fergana" })
    expect(row("trade.stock_origin")).toMatchObject({ after: "Tashkent export warehouse (cross-border)" })
    expect(row("trade.indivisible")).toMatchObject({ after: "No" })
    expect(review.diff.find((d: any) => d.field.endsWith(".price_cny") || d.field.startsWith("variants."))).toMatchObject({
      label: expect.stringMatching(/^Variant /),
      after: expect.stringContaining("¥39"),
    })
    expect(JSON.stringify(review.diff)).not.toMatch(/pcat_|"gacc"/)

    const reason = "Please add the sugar content to the Chinese label (配料)."
    expect((await operator("POST", `/admin/listing-reviews/${id}/request-changes`, { reason: "" })).status).toBe(400)
    expect((await operator("POST", `/admin/listing-reviews/${id}/request-changes`, { reason })).status).toBe(200)
    const sentBack = await exporter.request("GET", `/exporter/products/${id}`)
    expect(sentBack.body.product).toMatchObject({ status: "changes_requested", review: { reason } })
    const listed = await exporter.request("GET", "/exporter/products?status=changes_requested")
    expect(listed.body.products.find((p: any) => p.id === id)).toMatchObject({ review_reason: reason })
    expect((await operator("POST", `/admin/listing-reviews/${id}/approve`)).status).toBe(400)

    await exporter.request("POST", `/exporter/products/${id}`, {
      trade: { ...input.trade, label_zh: `${input.trade.label_zh}\n配料：杏、白砂糖` },
    })
    expect((await exporter.request("POST", `/exporter/products/${id}/submit`)).body.product.status).toBe("in_review")
    expect(await storeTitle(created.body.product.handle)).toBeNull()

    const approvedAt = Date.now()
    expect((await operator("POST", `/admin/listing-reviews/${id}/approve`)).status).toBe(200)
    await eventually(
      () => searchIds(title),
      (ids) => ids.includes(id),
    )
    console.log(`approval → searchable in ${Date.now() - approvedAt} ms`)
    expect((await storeTitle(created.body.product.handle))?.title).toBe(title)
    expect((await exporter.request("GET", `/exporter/products/${id}`)).body.product).toMatchObject({ status: "live", published: true })

    const audit = await exporter.request("GET", `/exporter/products/${id}/audit`)
    const actions = audit.body.entries.map((e: any) => `${e.actor.type}:${e.action}`)
    expect(actions).toEqual(
      expect.arrayContaining([
        "exporter:listing.created",
        "exporter:listing.submitted",
        "operator:listing.changes_requested",
        "operator:listing.approved",
      ]),
    )
    expect(JSON.stringify(audit.body)).not.toContain("operators@bozor.test")
    const operatorView = await operator("GET", `/admin/audit-log?resource_id=${id}`)
    expect(operatorView.body.entries.find((e: any) => e.action === "listing.approved").actor.email).toBe("operators@bozor.test")
  })

  it("without options is one variant, as the portal's form sends it: created, edited, and its options still none", async () => {
    const single = { options: [], variants: [{ title: "Default", sku: `ONE-${tag()}`, options: {}, price_cny: 128 }] }
    const created = await exporter.request("POST", "/exporter/products", { content: { "zh-CN": { title: `单品蜂蜜${tag()}` } }, ...single })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, variants } = created.body.product
    expect(created.body.product.options).toEqual([])
    expect(variants).toMatchObject([{ title: "Default", options: {}, price_cny: 128 }])
    const edited = await exporter.request("POST", `/exporter/products/${id}`, {
      ...single,
      variants: [{ ...single.variants[0], id: variants[0].id, sku: `ONE-${tag()}`, price_cny: 98 }],
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.product.options).toEqual([])
    expect(edited.body.product.variants).toMatchObject([{ id: variants[0].id, options: {}, price_cny: 98 }])
    // Options left out altogether, as an ERP script may send it: the same one variant.
    const { options: _none, ...withoutOptions } = single
    const unnamed = await exporter.request("POST", "/exporter/products", {
      content: { "zh-CN": { title: `单品杏干${tag()}` } },
      ...withoutOptions,
      variants: [{ ...single.variants[0], sku: `ONE-${tag()}` }],
    })
    expect(unnamed.status, JSON.stringify(unnamed.body)).toBe(201)
    expect(unnamed.body.product).toMatchObject({ options: [], variants: [{ title: "Default", options: {} }] })
  })

  it("edited while in review is withdrawn from the queue", async () => {
    const product = await readyListing(exporter, `撤回测试${tag()}`)
    expect((await exporter.request("POST", `/exporter/products/${product.id}/submit`)).status).toBe(200)
    const edited = await exporter.request("POST", `/exporter/products/${product.id}`, { content: { en: { subtitle: "changed my mind" } } })
    expect(edited.body.product.status).toBe("draft")
    const queue = await operator("GET", "/admin/listing-reviews?limit=100")
    expect(queue.body.reviews.map((r: any) => r.product_id)).not.toContain(product.id)
  })
})

describe("a live listing", () => {
  let live: any
  let title: string
  beforeAll(async () => {
    title = `在售杏干${tag()}`
    live = await readyListing(exporter, title)
    await exporter.request("POST", `/exporter/products/${live.id}/submit`)
    await operator("POST", `/admin/listing-reviews/${live.id}/approve`)
    await eventually(
      () => searchIds(title),
      (ids) => ids.includes(live.id),
    )
  })

  it("keeps showing the approved content until a change is approved; the change waits in review with a diff", async () => {
    const changed = `${title}新版`
    const edit = await exporter.request("POST", `/exporter/products/${live.id}`, { content: { "zh-CN": { title: changed } } })
    expect(edit.status).toBe(200)
    expect(edit.body.product).toMatchObject({ status: "live", published: true, pending: { content: { "zh-CN": { title: changed } } } })
    expect(edit.body.product.content["zh-CN"].title).toBe(title)

    // Put back as it was, a change withdraws itself; changed again, it waits.
    expect(
      (await exporter.request("POST", `/exporter/products/${live.id}`, { content: { "zh-CN": { title } } })).body.product.pending,
    ).toBeNull()
    await exporter.request("POST", `/exporter/products/${live.id}`, { content: { "zh-CN": { title: changed } } })
    const submitted = await exporter.request("POST", `/exporter/products/${live.id}/submit`)
    expect(submitted.body.product.status).toBe("in_review")
    const review = (await operator("GET", "/admin/listing-reviews?limit=100")).body.reviews.find((r: any) => r.product_id === live.id)
    expect(review.kind).toBe("change")
    expect(review.diff).toEqual([{ field: "content.zh-CN.title", label: "Title (Chinese)", kind: "text", before: title, after: changed }])

    // Meanwhile the shop, its search and its product page still show the approved title.
    await new Promise((r) => setTimeout(r, 1500))
    expect((await storeTitle(live.handle))?.title).toBe(title)
    expect(await indexedTitle(changed, live.id)).toBe(title)
    expect(
      (
        await sql<{ title: string }>(
          "select translations->>'title' as title from translation where reference_id = $1 and locale_code = 'zh-CN'",
          [live.id],
        )
      )[0].title,
    ).toBe(title)

    expect((await operator("POST", `/admin/listing-reviews/${live.id}/approve`)).status).toBe(200)
    await eventually(
      () => storeTitle(live.handle),
      (p) => p?.title === changed,
    )
    await eventually(
      () => indexedTitle(changed, live.id),
      (indexed) => indexed === changed,
    )
    const after = await exporter.request("GET", `/exporter/products/${live.id}`)
    expect(after.body.product).toMatchObject({ status: "live", pending: null })
  })

  it("takes a price or stock change at once, without review", async () => {
    expect(await storePrice(live.handle)).toEqual([39, 69])
    const variants = live.variants.map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      options: v.options,
      price_cny: v.price_cny === 39 ? 42 : v.price_cny,
      stocked_quantity: 5,
    }))
    const edit = await exporter.request("POST", `/exporter/products/${live.id}`, { variants })
    expect(edit.status).toBe(200)
    expect(edit.body.product).toMatchObject({ status: "live", pending: null })
    expect(edit.body.product.variants.map((v: any) => v.stock[0].stocked)).toEqual([5, 5])
    expect(await storePrice(live.handle)).toEqual([42, 69])
    const audit = (await exporter.request("GET", `/exporter/products/${live.id}/audit`)).body.entries[0]
    expect(audit.action).toBe("listing.updated")
    expect(Object.values(audit.changes)).toContainEqual({ before: 39, after: 42 })
  })

  it("archived, leaves the shop and search", async () => {
    const archived = await exporter.request("POST", `/exporter/products/${live.id}/archive`)
    expect(archived.body.product).toMatchObject({ status: "archived", published: false })
    await eventually(
      () => storeTitle(live.handle),
      (p) => p === null,
    )
    await eventually(
      () => searchIds(title),
      (ids) => !ids.includes(live.id),
    )
  })
})

describe("images", () => {
  it("are checked by their bytes and size, ordered, and removed", async () => {
    const { id } = (await exporter.request("POST", "/exporter/products", await listingInput(`图片测试${tag()}`))).body.product
    const fake = await uploadImages(exporter, id, [{ name: "evil.png", bytes: Buffer.from("<svg onload=alert(1)>") }])
    expect(fake.status).toBe(400)
    expect(fake.body.message).toMatch(/evil\.png/)
    const huge = await uploadImages(exporter, id, [{ name: "huge.png", bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1)]) }])
    expect(huge.status).toBe(413)
    expect(huge.body.message).toMatch(/5 MB/)

    const two = await uploadImages(exporter, id, [
      { name: "a.png", bytes: PNG },
      { name: "b.png", bytes: PNG },
    ])
    expect(two.status).toBe(201)
    const [first, second] = two.body.product.images
    expect(two.body.product.thumbnail).toBe(first.url)
    const reordered = await exporter.request("POST", `/exporter/products/${id}/images/order`, { ids: [second.id, first.id] })
    expect(reordered.body.product.images.map((i: any) => i.id)).toEqual([second.id, first.id])
    expect(reordered.body.product.thumbnail).toBe(second.url)
    expect((await exporter.request("POST", `/exporter/products/${id}/images/order`, { ids: [second.id] })).status).toBe(400)
    const removed = await exporter.request("DELETE", `/exporter/products/${id}/images/${second.id}`)
    expect(removed.body.product.images.map((i: any) => i.id)).toEqual([first.id])
  })
})

describe("input", () => {
  it("is refused with a 4xx that names the field and the limit", async () => {
    const long = await exporter.request("POST", "/exporter/products", { content: { "zh-CN": { title: "长".repeat(300) } } })
    expect(long.status).toBe(400)
    expect(long.body.message).toMatch(/content, zh-CN, title.*at most.*255/)
    const unknownOption = await exporter.request("POST", "/exporter/products", {
      options: [{ title: "Weight", values: ["1 kg"] }],
      variants: [{ title: "2 kg", options: { Weight: "2 kg" }, price_cny: 10 }],
    })
    expect(unknownOption.status).toBe(400)
    expect(unknownOption.body.message).toMatch(/"2 kg" is not a value of option "Weight"/)
    const badCategory = await exporter.request("POST", "/exporter/products", { category_id: "pcat_nope" })
    expect(badCategory.status).toBe(400)
    expect(badCategory.body.message).toMatch(/category_id/)
    const page = await call("GET", "/exporter/products?limit=1000", { token: exporter.token })
    expect(page.status).toBe(400)
    expect(page.body.message).toMatch(/limit.*at most.*100/)
  })

  it("a preview link is signed, expires and names the storefront's product page", async () => {
    const product = await readyListing(exporter, `预览测试${tag()}`)
    const { body } = await exporter.request("GET", `/exporter/products/${product.id}/preview`)
    const url = new URL(body.url)
    expect(url.pathname).toBe(`/zh-CN/products/${product.handle}`)
    expect(new Date(body.expires_at).getTime()).toBeGreaterThan(Date.now())
    const preview = await call("GET", `/store/listing-previews/${url.searchParams.get("preview")}`, {
      headers: { "x-publishable-api-key": (await import("../helpers")).testStack().publishableKey },
    })
    expect(preview.status).toBe(200)
    expect(preview.body.preview).toMatchObject({ id: product.id, status: "draft" })
    const forged = await call("GET", `/store/listing-previews/${url.searchParams.get("preview")}x`, {
      headers: { "x-publishable-api-key": (await import("../helpers")).testStack().publishableKey },
    })
    expect(forged.status).toBe(404)
  })
})
