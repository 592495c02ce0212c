import { describe, expect, it } from "vitest"
import { RELEVANCE_CASES } from "../search-cases"
import { eventually, handles, killMeilisearch, missedSearchWrites, searchProducts, searchRaw } from "../search"
import { adminClient } from "../shop"
import { sql } from "../helpers"

describe("relevance (Meilisearch)", () => {
  it.each(RELEVANCE_CASES.map((c) => [c.q, c.why, c] as const))("%s (%s)", async (_q, _why, c) => {
    const within = c.within ?? 3
    const found = (await handles({ q: c.q, pagination: { take: 10 } })).slice(0, within)
    if (c.top)
      expect(
        found.some((h) => c.top!.includes(h)),
        `first ${within} for "${c.q}": ${found.join(", ")}`,
      ).toBe(true)
    if (c.all)
      expect(
        c.all.every((h) => found.includes(h)),
        `first ${within} for "${c.q}": ${found.join(", ")}`,
      ).toBe(true)
  })
})

describe("the catalog's own words and tree", () => {
  it("finds every product of a category in its sub-categories too: no category of the seed is empty", async () => {
    const categories = await sql<{ handle: string; products: string }>(`
      with recursive tree as (
        select id, id as root from product_category where deleted_at is null
        union all
        select c.id, t.root from product_category c join tree t on c.parent_category_id = t.id where c.deleted_at is null)
      select pc.handle, count(distinct p.id) as products
        from tree t join product_category pc on pc.id = t.root
        left join product_category_product l on l.product_category_id = t.id
        left join product p on p.id = l.product_id and p.status = 'published' and p.deleted_at is null
       group by pc.handle`)
    expect(categories.length).toBeGreaterThanOrEqual(20)
    for (const { handle, products } of categories) {
      const { metadata } = await searchProducts({ q: "", filters: { categories: handle }, pagination: { take: 0 } })
      expect(metadata.count, handle).toBe(Number(products))
      expect(metadata.count, handle).toBeGreaterThan(0)
    }
  })

  it("清真 and halal find the same goods: every halal-certified product", async () => {
    const certified = await searchProducts({ q: "", filters: { certificates: "halal" }, pagination: { take: 100 } })
    const expected = certified.hits.map((h) => h.document.handle).sort()
    expect(expected.length).toBeGreaterThan(4)
    for (const q of ["清真", "halal"]) {
      const found = await handles({ q, pagination: { take: 100 } })
      expect(found.sort(), q).toEqual(expected)
    }
  })

  it("a category's new name reaches the products of its sub-categories", async () => {
    const admin = await adminClient()
    const [nuts] = await sql<{ id: string; name: string }>("select id, name from product_category where handle = 'nuts'")
    await admin.admin.productCategory.update(nuts.id, { name: `${nuts.name} Zanzibarnut` })
    await eventually(
      () => handles({ q: "zanzibarnut", pagination: { take: 50 } }),
      (h) => h.includes("chust-thin-shell-walnuts") && h.includes("babatag-wild-pistachios-raw"),
    )
    await admin.admin.productCategory.update(nuts.id, { name: nuts.name })
  })
})

describe("store search", () => {
  it("returns only published products of the storefront's sales channel", async () => {
    const admin = await adminClient()
    const { products } = await admin.admin.product.list({ handle: "sheep-milk-qurt", fields: "id" })
    await admin.admin.product.update(products[0].id, { status: "draft" })
    await eventually(
      () => handles({ q: "sheep milk qurt" }),
      (h) => !h.includes("sheep-milk-qurt"),
    )
    await admin.admin.product.update(products[0].id, { status: "published" })
    await eventually(
      () => handles({ q: "sheep milk qurt" }),
      (h) => h[0] === "sheep-milk-qurt",
    )
  })

  it("facets on category, origin, exporter, certificate, fulfilment mode, price and stock, and filters by them", async () => {
    const result = await searchProducts({
      q: "",
      pagination: { take: 5 },
      search_options: {
        facets: [
          "categories",
          "origin_region",
          "exporter",
          "certificates",
          "fulfilment_modes",
          "in_stock",
          { field: "price", type: "stats" },
        ],
      },
    })
    const origins = result.facets!.origin_region.values.map((v: any) => v.value)
    expect(origins).toEqual(expect.arrayContaining(["samarkand", "fergana", "andijan"]))
    expect(result.facets!.fulfilment_modes.values.map((v: any) => v.value)).toEqual(
      expect.arrayContaining(["cross_border_mail", "gz_pickup"]),
    )
    expect(result.facets!.price.min).toBeGreaterThan(0)
    expect(result.facets!.price.max).toBeGreaterThanOrEqual(5880)
    expect(result.facets!.in_stock.values.map((v: any) => v.value)).toContain("true")
    expect(result.facets!.certificates.values.length).toBeGreaterThan(0)
    expect(result.facets!.exporter.values.length).toBeGreaterThanOrEqual(8)

    const ranged = await searchProducts({
      q: "",
      pagination: { take: 0 },
      search_options: {
        facets: [
          {
            field: "price",
            type: "range",
            ranges: [
              { key: "under-100", to: 100 },
              { key: "100-1000", from: 100, to: 1000 },
              { key: "1000+", from: 1000 },
            ],
          },
        ],
      },
    })
    const buckets = Object.fromEntries(ranged.facets!.price.ranges.map((r: any) => [r.key, r.count]))
    const [prices] = await sql<{ under: string; mid: string; high: string }>(`
      select count(*) filter (where m < 100) as under, count(*) filter (where m >= 100 and m < 1000) as mid, count(*) filter (where m >= 1000) as high
        from (select p.id, min(pr.amount) as m from product p join product_variant v on v.product_id = p.id and v.deleted_at is null
              join product_variant_price_set vps on vps.variant_id = v.id join price pr on pr.price_set_id = vps.price_set_id and pr.currency_code = 'cny' and pr.deleted_at is null
              where p.status = 'published' and p.deleted_at is null group by p.id) t`)
    expect(buckets).toEqual({ "under-100": Number(prices.under), "100-1000": Number(prices.mid), "1000+": Number(prices.high) })
    const total = result.metadata.count
    const [{ count }] = await sql<{ count: string }>("select count(*) from product where status = 'published' and deleted_at is null")
    expect(total).toBe(Number(count))

    const fergana = await searchProducts({ q: "", filters: { origin_region: "fergana" }, pagination: { take: 50 } })
    expect(fergana.hits.length).toBeGreaterThan(0)
    expect(fergana.hits.every((h) => h.document.origin_region === "fergana")).toBe(true)
    const cheap = await searchProducts({ q: "", filters: { price: { $lt: 40 } }, pagination: { take: 50 } })
    expect(cheap.hits.every((h) => h.document.price < 40)).toBe(true)
    const either = await searchProducts({
      q: "",
      filters: { $or: [{ origin_region: "bukhara" }, { origin_region: "khorezm" }] },
      pagination: { take: 50 },
    })
    expect(new Set(either.hits.map((h) => h.document.origin_region))).toEqual(new Set(["bukhara", "khorezm"]))
  })

  it("sorts by price and by newest, and highlights the match", async () => {
    const byPrice = await searchProducts({ q: "honey", pagination: { take: 10, order: { price: "ASC" } } })
    const prices = byPrice.hits.map((h) => h.document.price)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const newest = await searchProducts({ q: "", pagination: { take: 10, order: { created_at: "DESC" } } })
    const created = newest.hits.map((h) => h.document.created_at)
    expect(created).toEqual([...created].sort((a, b) => b - a))
    const highlighted = await searchProducts({
      q: "蜂蜜",
      search_options: { highlight: { fields: ["title_zh"], pre_tag: "<em>", post_tag: "</em>" } },
    })
    expect(highlighted.hits[0].highlights?.title_zh?.[0]).toContain("<em>")
  })

  it("carries each product's lowest dollar price for the International region, and sorts and filters by it", async () => {
    const [{ id, lowest }] = await sql<{ id: string; lowest: string }>(`
      select p.id, min(pr.amount) as lowest from product p
        join product_variant v on v.product_id = p.id and v.deleted_at is null
        join product_variant_price_set l on l.variant_id = v.id and l.deleted_at is null
        join price pr on pr.price_set_id = l.price_set_id and pr.currency_code = 'usd' and pr.deleted_at is null
       where p.handle = 'zaamin-mountain-honey' group by p.id`)
    expect(Number(lowest)).toBeGreaterThan(0)
    const { hits } = await searchProducts({ q: "", filters: { id }, pagination: { take: 1 } })
    expect(hits[0].document.price_usd).toBe(Number(lowest))
    expect(hits[0].document.price_usd).not.toBe(hits[0].document.price)
    const byDollars = await searchProducts({
      q: "honey",
      filters: { price_usd: { $gte: 1 } },
      pagination: { take: 10, order: { price_usd: "DESC" } },
    })
    const dollars = byDollars.hits.map((h) => h.document.price_usd)
    expect(dollars.length).toBeGreaterThan(1)
    expect(dollars).toEqual([...dollars].sort((x, y) => y - x))
  })

  it.each([
    ["an unknown filter field", { q: "honey", filters: { colour: "red" } }, /colour/],
    ["a malformed operator", { q: "honey", filters: { price: { $between: [1, 2] } } }, /\$between|between/],
    ["a pattern Meilisearch cannot express", { q: "honey", filters: { handle: { $like: "%honey%" } } }, /handle|like/],
    ["a 10,000-character query", { q: "蜂".repeat(10_000) }, /q must be at most 200 characters, got 10000/],
    ["an unknown sort field", { q: "honey", pagination: { order: { colour: "ASC" } } }, /colour/],
    ["an unknown top-level field", { q: "honey", colour: "red" } as any, /Invalid request/],
  ])("answers 400 with a clear message for %s", async (_name, body, message) => {
    const { status, json } = await searchRaw(body as any)
    expect(status).toBe(400)
    expect(json.message).toMatch(message)
  })
})

describe("sync: changes are found in search", () => {
  it("a product's title", async () => {
    const admin = await adminClient()
    const { products } = await admin.admin.product.list({ handle: "chust-thin-shell-walnuts", fields: "id,title" })
    await admin.admin.product.update(products[0].id, { title: "Chust thin-shell walnuts zebrawood" })
    await eventually(
      () => handles({ q: "zebrawood" }),
      (h) => h[0] === "chust-thin-shell-walnuts",
    )
    await admin.admin.product.update(products[0].id, { title: products[0].title })
  })

  it("a variant and its price", async () => {
    const admin = await adminClient()
    const { products } = await admin.admin.product.list({ handle: "walnut-pieces-amber", fields: "id,variants.id,variants.prices.*" })
    const variant = products[0].variants![0] as any
    const cny = variant.prices.find((p: any) => p.currency_code === "cny")
    await admin.admin.product.updateVariant(products[0].id, variant.id, {
      prices: [{ id: cny.id, currency_code: "cny", amount: 7 }],
    } as any)
    await eventually(
      () => searchProducts({ q: "", filters: { price: { $lte: 7 } }, pagination: { take: 5 } }),
      (r) => r.hits.some((h) => h.document.handle === "walnut-pieces-amber" && h.document.price === 7),
    )
    await admin.admin.product.updateVariant(products[0].id, variant.id, {
      prices: [{ id: cny.id, currency_code: "cny", amount: cny.amount }],
    } as any)
  })

  it("a translation", async () => {
    const admin = await adminClient()
    const [row] = await sql<{ id: string; translations: Record<string, string> }>(
      "select t.id, t.translations from translation t join product p on p.id = t.reference_id where p.handle = 'denov-sun-dried-figs' and t.locale_code = 'zh-CN' and t.deleted_at is null",
    )
    await admin.client.fetch(`/admin/translations/batch`, {
      method: "POST",
      body: { update: [{ id: row.id, translations: { ...row.translations, title: "德诺夫麒麟无花果" } }] },
    })
    await eventually(
      () => handles({ q: "麒麟" }),
      (h) => h[0] === "denov-sun-dried-figs",
    )
  })

  it("a category's name", async () => {
    const admin = await adminClient()
    const [cat] = await sql<{ id: string; name: string }>(
      "select c.id, c.name from product_category c join product_category_product pc on pc.product_category_id = c.id join product p on p.id = pc.product_id where p.handle = 'khorezm-jida-oleaster' limit 1",
    )
    await admin.admin.productCategory.update(cat.id, { name: `${cat.name} Quokkafruit` })
    await eventually(
      () => handles({ q: "quokkafruit", pagination: { take: 50 } }),
      (h) => h.includes("khorezm-jida-oleaster"),
    )
    await admin.admin.productCategory.update(cat.id, { name: cat.name })
  })

  it("a category's and a collection's Chinese names", async () => {
    const admin = await adminClient()
    const rows = await sql<{ id: string; reference: string; translations: Record<string, string> }>(
      `select t.id, t.reference, t.translations from translation t join product p on p.handle = 'khorezm-jida-oleaster'
        where t.locale_code = 'zh-CN' and t.deleted_at is null and (
          (t.reference = 'product_category' and t.reference_id in (select product_category_id from product_category_product where product_id = p.id))
          or (t.reference = 'product_collection' and t.reference_id = p.collection_id))`,
    )
    const category = rows.find((r) => r.reference === "product_category")!
    const collection = rows.find((r) => r.reference === "product_collection")!
    const rename = (row: typeof category, field: string, value: string) =>
      admin.client.fetch(`/admin/translations/batch`, {
        method: "POST",
        body: { update: [{ id: row.id, translations: { ...row.translations, [field]: value } }] },
      })
    await rename(category, "name", `${category.translations.name}鸸鹋`)
    await rename(collection, "title", `${collection.translations.title}袋獾`)
    await eventually(
      () => handles({ q: "鸸鹋", pagination: { take: 50 } }),
      (h) => h.includes("khorezm-jida-oleaster"),
    )
    await eventually(
      () => handles({ q: "袋獾", pagination: { take: 50 } }),
      (h) => h.includes("khorezm-jida-oleaster"),
    )
    await rename(category, "name", category.translations.name)
    await rename(collection, "title", collection.translations.title)
  })

  it("a stock level", async () => {
    const admin = await adminClient()
    const levels = await sql<{ inventory_item_id: string; location_id: string; stocked: string }>(
      `select il.inventory_item_id, il.location_id, il.stocked_quantity as stocked from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
         join product_variant v on v.id = pvi.variant_id join product p on p.id = v.product_id
        where p.handle = 'yellow-alucha-cherry-plums' and il.deleted_at is null`,
    )
    for (const l of levels) await admin.admin.inventoryItem.updateLevel(l.inventory_item_id, l.location_id, { stocked_quantity: 0 })
    await eventually(
      () => searchProducts({ q: "", filters: { in_stock: false }, pagination: { take: 100 } }),
      (r) => r.hits.some((h) => h.document.handle === "yellow-alucha-cherry-plums"),
    )
    for (const l of levels)
      await admin.admin.inventoryItem.updateLevel(l.inventory_item_id, l.location_id, { stocked_quantity: Number(l.stocked) })
    await eventually(
      () => searchProducts({ q: "", filters: { in_stock: true }, pagination: { take: 100 } }),
      (r) => r.hits.some((h) => h.document.handle === "yellow-alucha-cherry-plums"),
    )
  })

  it("an exporter's name", async () => {
    const admin = await adminClient()
    const [exporter] = await sql<{ id: string; name: string; handle: string }>(
      "select e.id, e.name, e.handle from exporter e join exporter_exporter_product_product l on l.exporter_id = e.id join product p on p.id = l.product_id where p.handle = 'bukhara-prunes-pitted'",
    )
    await admin.client.fetch(`/admin/exporters/${exporter.id}`, { method: "POST", body: { name: `${exporter.name} Okapi` } })
    await eventually(
      () => handles({ q: "okapi", pagination: { take: 50 } }),
      (h) => h.includes("bukhara-prunes-pitted"),
    )
    await admin.client.fetch(`/admin/exporters/${exporter.id}`, { method: "POST", body: { name: exporter.name } })
  })
})

describe("when Meilisearch is down", () => {
  it("search answers 503, product writes succeed, and the index catches up when it is back", async () => {
    const admin = await adminClient()
    const { products } = await admin.admin.product.list({ handle: "namangan-sweet-almonds", fields: "id,title" })
    const meili = killMeilisearch()
    await eventually(
      async () => (await searchRaw({ q: "almonds" })).status,
      (s) => s === 503,
      10_000,
    )
    const down = await searchRaw({ q: "almonds" })
    expect(down.json.message).toMatch(/temporarily unavailable/)

    const missed = await missedSearchWrites()
    const { product } = await admin.admin.product.update(products[0].id, { title: "Namangan sweet almonds Narwhal" })
    expect(product.title).toContain("Narwhal")
    // The update's event has been handled: its index write failed and was counted for the catch-up.
    await eventually(missedSearchWrites, (n) => n > missed, 30_000)

    meili.restart()

    await eventually(
      () => handles({ q: "narwhal" }).catch(() => []),
      (h) => h[0] === "namangan-sweet-almonds",
      60_000,
    )
    await admin.admin.product.update(products[0].id, { title: products[0].title })
    await eventually(
      () => handles({ q: "narwhal" }).catch(() => ["?"]),
      (h) => h.length === 0,
      30_000,
    )
  })
})
