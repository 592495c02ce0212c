import { describe, expect, it } from "vitest"
import { medusaCli, sql, storeClient } from "../helpers"
import { products as seededCatalog } from "../../../seed/data"

/** The seeded catalog's products: other test files add listings of their own to the same database. */
const SEEDED = seededCatalog.map((p) => p.handle)

const CJK = /[\u4e00-\u9fff]/

async function counts() {
  const [row] = await sql<Record<string, string>>(
    `
    with seeded as (select id from product where deleted_at is null and handle = any($1))
    select
      (select count(*) from seeded) as products,
      (select count(*) from product_variant where deleted_at is null and product_id in (select id from seeded)) as variants,
      (select count(*) from exporter where deleted_at is null) as exporters,
      (select count(*) from product_product_trade_trade_profile l join trade_profile t on t.id = l.trade_profile_id and t.deleted_at is null
        where l.deleted_at is null and l.product_id in (select id from seeded)) as trade_profiles,
      (select count(*) from product_category where deleted_at is null) as categories,
      (select count(*) from product_collection where deleted_at is null) as collections,
      (select count(*) from promotion where deleted_at is null) as promotions,
      (select count(*) from translation where deleted_at is null) as translations,
      (select count(*) from inventory_level il
        join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
        join product_variant v on v.id = pvi.variant_id and v.deleted_at is null
        where il.deleted_at is null and v.product_id in (select id from seeded)) as inventory_levels,
      (select count(*) from image where deleted_at is null and product_id in (select id from seeded)) as images,
      (select count(*) from shipping_option where deleted_at is null) as shipping_options,
      (select count(*) from region where deleted_at is null) as regions,
      (select count(*) from api_key where deleted_at is null) as api_keys,
      (select count(*) from "user" where deleted_at is null) as users`,
    [SEEDED],
  )
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

describe("the seeded catalog", () => {
  it("migrated Bozor's own modules and links", async () => {
    const tables = (
      await sql<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' and table_name = any($1)",
        [
          [
            "trade_profile",
            "exporter",
            "exporter_admin",
            "product_product_trade_trade_profile",
            "exporter_exporter_product_product",
            "exporter_exporter_order_order",
          ],
        ],
      )
    ).map((r) => r.table_name)
    expect(tables.sort()).toEqual(
      [
        "exporter",
        "exporter_admin",
        "exporter_exporter_order_order",
        "exporter_exporter_product_product",
        "product_product_trade_trade_profile",
        "trade_profile",
      ].sort(),
    )
  })

  it("holds the whole catalog: 60+ products from 8+ exporters, each with trade data, image and stock", async () => {
    const c = await counts()
    expect(c.products).toBeGreaterThanOrEqual(60)
    expect(c.exporters).toBeGreaterThanOrEqual(8)
    expect(c.trade_profiles).toBe(c.products)
    expect(c.images).toBeGreaterThanOrEqual(c.products)
    expect(c.inventory_levels).toBe(c.variants)
    expect(c.promotions).toBeGreaterThanOrEqual(3)
    expect(c.shipping_options).toBe(4)
    expect(c.regions).toBe(2)
    const orphans = await sql(
      `
      select p.handle from product p
      left join exporter_exporter_product_product l on l.product_id = p.id and l.deleted_at is null
      where p.deleted_at is null and l.exporter_id is null and p.handle = any($1)`,
      [SEEDED],
    )
    expect(orphans).toEqual([])
  })

  it("keeps dairy out of cross-border stock", async () => {
    const rows = await sql<{ handle: string; location: string }>(`
      select p.handle, sl.name as location
      from product p
      join product_category_product pcp on pcp.product_id = p.id
      join product_category c on c.id = pcp.product_category_id
      left join product_category parent on parent.id = c.parent_category_id
      join product_variant v on v.product_id = p.id and v.deleted_at is null
      join product_variant_inventory_item vi on vi.variant_id = v.id and vi.deleted_at is null
      join inventory_level il on il.inventory_item_id = vi.inventory_item_id and il.deleted_at is null
      join stock_location sl on sl.id = il.location_id
      where (c.handle = 'dairy' or parent.handle = 'dairy') and p.deleted_at is null`)
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.location))).toEqual(new Set(["Guangzhou exhibition centre"]))
  })

  it("serves the catalog in Chinese through the store API", async () => {
    const { products, count } = await storeClient("zh-CN").store.product.list({
      limit: 100,
      fields: "id,handle,title,description,*categories,trade_profile.*,exporter.name,exporter.handle",
    })
    expect(count).toBeGreaterThanOrEqual(60)
    for (const p of products.filter((p) => SEEDED.includes(p.handle!))) {
      expect(p.title, p.handle).toMatch(CJK)
      expect(p.description ?? "", p.handle).toMatch(CJK)
    }
    const apricots = products.find((p) => /apricot/.test(p.handle) && SEEDED.includes(p.handle))! as (typeof products)[number] & {
      trade_profile: { hs_code: string; origin_region: string; manufacturer: string }
      exporter: { name: string }
    }
    expect(apricots.trade_profile.hs_code).toMatch(/^\d{10}$/)
    expect(apricots.trade_profile.manufacturer).toMatch(CJK)
    expect(apricots.exporter.name).toMatch(CJK)
  })

  it("serves the catalog in English through the store API", async () => {
    const { products } = await storeClient("en").store.product.list({ limit: 100, fields: "id,handle,title" })
    const seeded = products.filter((p) => SEEDED.includes(p.handle!))
    expect(seeded.length).toBeGreaterThan(0)
    for (const p of seeded) expect(p.title, p.handle).not.toMatch(CJK)
  })

  it("prices every product in yuan in the China region", async () => {
    const client = storeClient("zh-CN")
    const { regions } = await client.store.region.list()
    const china = regions.find((r) => r.currency_code === "cny")!
    expect(china).toBeDefined()
    const { products } = await client.store.product.list({ region_id: china.id, limit: 100, fields: "id,*variants.calculated_price" })
    for (const p of products) {
      for (const v of p.variants ?? []) {
        expect(v.calculated_price?.currency_code).toBe("cny")
        expect(v.calculated_price?.calculated_amount).toBeGreaterThan(0)
      }
    }
  })

  it("serves every product image through the file module", async () => {
    const { products } = await storeClient().store.product.list({ limit: 5, fields: "thumbnail" })
    for (const p of products) {
      const res = await fetch(p.thumbnail!)
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("image/webp")
    }
  })

  it("leaves the same catalog when the seed runs again", async () => {
    const before = await counts()
    await medusaCli(["exec", "../seed/src/load.ts"])
    expect(await counts()).toEqual(before)
  })
})
