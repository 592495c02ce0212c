import { describe, expect, it } from "vitest"
import { ALLERGENS, CERTIFICATES, ORIGIN_REGIONS } from "../../backend/src/modules/trade/constants"
import type { ProductSeed, Text } from "../src/catalog-types"
import { categories, collections, exporters, products, promotions } from "../data"
import { beijingMidnight } from "../src/load/promotions"
import { ORDER_LIMIT_FEN, yuan } from "../../backend/src/modules/customs/rules"

const LEATHER_CATEGORIES = new Set(["footwear", "mens-shoes", "womens-shoes", "leather-goods", "bags", "belts", "wallets"])
const parentOf = new Map(categories.map((c) => [c.handle, c.parent]))
/** The top-level category a product belongs to. */
function family(p: ProductSeed): string {
  let handle = p.category
  while (parentOf.get(handle)) handle = parentOf.get(handle)!
  return handle
}
const isLeather = (p: ProductSeed) => LEATHER_CATEGORIES.has(p.category)
const isFood = (p: ProductSeed) => !isLeather(p)

function duplicates<T>(items: T[]): T[] {
  const seen = new Set<T>()
  return items.filter((item) => (seen.has(item) ? true : (seen.add(item), false)))
}

/** Every Text-shaped object ({ en, "zh-CN" }) anywhere inside a value, with its path. */
function texts(value: unknown, path: string, out: Array<[string, Text]> = []): Array<[string, Text]> {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out))
  else if (value && typeof value === "object") {
    if ("en" in value || "zh-CN" in value) out.push([path, value as Text])
    for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out)
  }
  return out
}

const HEX = /^#[0-9A-Fa-f]{6}$/
const CJK = /[\u4e00-\u9fff]/

describe("exporters", () => {
  it("has at least 8 exporters with unique handles", () => {
    expect(exporters.length).toBeGreaterThanOrEqual(8)
    expect(duplicates(exporters.map((e) => e.handle))).toEqual([])
  })

  it("gives every exporter a complete, plausible profile", () => {
    for (const e of exporters) {
      expect(e.handle, e.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(e.name.ru.trim(), `${e.handle} ru name`).not.toBe("")
      expect(ORIGIN_REGIONS).toContain(e.region)
      expect(e.founded_year).toBeGreaterThanOrEqual(1991)
      expect(e.founded_year).toBeLessThanOrEqual(2026)
      expect(e.contact_email, e.handle).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.uz$/)
      expect(e.admin.email, e.handle).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.uz$/)
      expect(e.admin.first_name.trim()).not.toBe("")
      expect(e.admin.last_name.trim()).not.toBe("")
      expect(e.contact_phone, e.handle).toMatch(/^\+998 \d{2} \d{3} \d{2} \d{2}$/)
      expect(e.brand_color, e.handle).toMatch(HEX)
      for (const lang of ["en", "zh-CN"] as const) {
        const paragraphs = e.story[lang].split("\n\n").filter((p) => p.trim())
        expect(paragraphs.length, `${e.handle} story ${lang}`).toBeGreaterThanOrEqual(2)
        expect(paragraphs.length, `${e.handle} story ${lang}`).toBeLessThanOrEqual(3)
      }
    }
  })

  it("registers food makers with GACC (CUZB + 13 digits, unique) and leaves leather makers without", () => {
    const numbers = exporters.flatMap((e) => (e.gacc_registration_number ? [e.gacc_registration_number] : []))
    for (const n of numbers) expect(n).toMatch(/^CUZB\d{13}$/)
    expect(duplicates(numbers)).toEqual([])
    for (const e of exporters) {
      const own = products.filter((p) => p.exporter === e.handle)
      if (own.some(isFood)) expect(e.gacc_registration_number, e.handle).toBeDefined()
      if (own.every(isLeather)) expect(e.gacc_registration_number, e.handle).toBeUndefined()
    }
  })

  it("has at least two leather exporters and one or two unverified exporters", () => {
    const leather = exporters.filter((e) => products.some((p) => p.exporter === e.handle && isLeather(p)))
    expect(leather.length).toBeGreaterThanOrEqual(2)
    const unverified = exporters.filter((e) => !e.verified)
    expect(unverified.length).toBeGreaterThanOrEqual(1)
    expect(unverified.length).toBeLessThanOrEqual(2)
  })

  it("gives every exporter at least 4 products", () => {
    for (const e of exporters) {
      expect(products.filter((p) => p.exporter === e.handle).length, e.handle).toBeGreaterThanOrEqual(4)
    }
  })
})

describe("categories and collections", () => {
  it("has unique handles and existing parents", () => {
    expect(duplicates(categories.map((c) => c.handle))).toEqual([])
    expect(duplicates(collections.map((c) => c.handle))).toEqual([])
    for (const c of categories) {
      if (c.parent) expect(parentOf.has(c.parent), `${c.handle} → ${c.parent}`).toBe(true)
    }
  })

  it("has the seven top-level families", () => {
    const top = categories.filter((c) => !c.parent).map((c) => c.handle)
    expect(top).toEqual(expect.arrayContaining(["dried-fruit", "nuts", "honey", "dairy", "footwear", "leather-goods", "gift-sets"]))
  })

  it("ranks siblings uniquely", () => {
    const byParent = new Map<string, number[]>()
    for (const c of categories) {
      const key = c.parent ?? ""
      byParent.set(key, [...(byParent.get(key) ?? []), c.rank])
    }
    for (const [parent, ranks] of byParent) expect(duplicates(ranks), parent || "top level").toEqual([])
  })
})

describe("products", () => {
  it("has at least 60 products with unique handles", () => {
    expect(products.length).toBeGreaterThanOrEqual(60)
    expect(duplicates(products.map((p) => p.handle))).toEqual([])
    for (const p of products) expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("references existing exporters, leaf categories and collections", () => {
    const exporterHandles = new Set(exporters.map((e) => e.handle))
    const parents = new Set(categories.flatMap((c) => (c.parent ? [c.parent] : [])))
    const collectionHandles = new Set(collections.map((c) => c.handle))
    for (const p of products) {
      expect(exporterHandles.has(p.exporter), `${p.handle} exporter ${p.exporter}`).toBe(true)
      expect(parentOf.has(p.category), `${p.handle} category ${p.category}`).toBe(true)
      expect(parents.has(p.category), `${p.handle} should use a subcategory of ${p.category}`).toBe(false)
      if (p.collection) expect(collectionHandles.has(p.collection), `${p.handle} collection ${p.collection}`).toBe(true)
    }
  })

  it("uses lower-case tags", () => {
    for (const p of products) {
      expect(p.tags.length, p.handle).toBeGreaterThan(0)
      for (const t of p.tags) expect(t, p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(duplicates(p.tags), p.handle).toEqual([])
    }
  })

  it("has unique SKUs across the catalog", () => {
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(duplicates(skus)).toEqual([])
    for (const sku of skus) expect(sku).toMatch(/^BZ-[A-Z0-9-]+$/)
  })

  it("lists every option combination exactly once, with matching option keys", () => {
    for (const p of products) {
      const titles = p.options.map((o) => o.title)
      expect(titles.length, p.handle).toBeGreaterThan(0)
      expect(duplicates(titles), p.handle).toEqual([])
      for (const o of p.options) {
        expect(o.values.length, `${p.handle} ${o.title}`).toBeGreaterThan(0)
        expect(duplicates(o.values), `${p.handle} ${o.title}`).toEqual([])
        if (o.title === "Colour") {
          for (const v of o.values) expect(o.values_zh?.[v], `${p.handle} colour ${v}`).toMatch(CJK)
        }
      }
      const combos = p.variants.map((v) => {
        expect(Object.keys(v.options).sort(), `${p.handle} ${v.sku}`).toEqual([...titles].sort())
        for (const o of p.options) expect(o.values, `${p.handle} ${v.sku}`).toContain(v.options[o.title])
        return titles.map((t) => v.options[t]).join(" / ")
      })
      expect(duplicates(combos), p.handle).toEqual([])
      const expected = p.options.reduce((n, o) => n * o.values.length, 1)
      expect(p.variants.length, p.handle).toBe(expected)
    }
  })

  it("uses the right option titles per family", () => {
    for (const p of products) {
      const titles = p.options.map((o) => o.title)
      if (isFood(p)) expect(titles, p.handle).toEqual(["Weight"])
      if (family(p) === "footwear") expect(titles, p.handle).toEqual(["Size", "Colour"])
      if (p.category === "belts") expect(titles, p.handle).toEqual(["Length", "Colour"])
      if (family(p) === "footwear") {
        const colours = p.options.find((o) => o.title === "Colour")!.values.length
        expect(colours, p.handle).toBeGreaterThanOrEqual(1)
        expect(colours, p.handle).toBeLessThanOrEqual(3)
      }
    }
  })

  it("prices every variant positively in CNY and USD at roughly 7.1", () => {
    for (const p of products) {
      for (const v of p.variants) {
        expect(v.price_cny, v.sku).toBeGreaterThan(0)
        expect(v.price_usd, v.sku).toBeGreaterThan(0)
        const rate = v.price_cny / v.price_usd
        expect(rate, v.sku).toBeGreaterThan(6.3)
        expect(rate, v.sku).toBeLessThan(8)
        expect(v.weight_g, v.sku).toBeGreaterThan(0)
        expect(Number.isInteger(v.stock), v.sku).toBe(true)
        expect(v.stock, v.sku).toBeGreaterThanOrEqual(0)
        expect(v.stock, v.sku).toBeLessThanOrEqual(300)
      }
    }
  })

  it("has some variants out of stock and some running low", () => {
    const stocks = products.flatMap((p) => p.variants.map((v) => v.stock))
    expect(stocks.filter((s) => s === 0).length).toBeGreaterThanOrEqual(2)
    expect(stocks.filter((s) => s >= 1 && s <= 5).length).toBeGreaterThanOrEqual(3)
  })

  it("has at least one indivisible product priced above China's per-order limit (¥5,000)", () => {
    const premium = products.filter((p) => p.trade.indivisible && p.variants.some((v) => v.price_cny > yuan(ORDER_LIMIT_FEN)))
    expect(premium.length).toBeGreaterThanOrEqual(1)
  })

  it("keeps roughly a quarter of products in domestic (Guangzhou) stock", () => {
    const share = products.filter((p) => p.stock_origin === "domestic").length / products.length
    expect(share).toBeGreaterThanOrEqual(0.18)
    expect(share).toBeLessThanOrEqual(0.35)
  })

  it("sells dairy only from domestic stock", () => {
    const dairy = products.filter((p) => family(p) === "dairy")
    expect(dairy.length).toBeGreaterThan(0)
    for (const p of dairy) expect(p.stock_origin, p.handle).toBe("domestic")
  })

  it("gives every product a unique image (motif, colour, variant)", () => {
    const triples = products.map((p) => `${p.image.motif}|${p.image.color.toLowerCase()}|${p.image.variant}`)
    expect(duplicates(triples)).toEqual([])
    for (const p of products) {
      expect(p.image.color, p.handle).toMatch(HEX)
      expect(p.image.background, p.handle).toMatch(HEX)
      expect(Number.isInteger(p.image.variant) && p.image.variant >= 0 && p.image.variant <= 9, p.handle).toBe(true)
    }
  })

  it("pictures each gift box with what it holds: honey boxes honey, fruit and nut boxes no honey", () => {
    const gifts = products.filter((p) => p.image.motif === "gift_box")
    expect(gifts.length).toBeGreaterThanOrEqual(4)
    for (const p of gifts) {
      const contents = p.image.contents ?? []
      expect(contents.length, p.handle).toBeGreaterThan(0)
      if (p.trade.hs_code.startsWith("0409")) expect(new Set(contents), p.handle).toEqual(new Set(["honey"]))
      else expect(contents, p.handle).not.toContain("honey")
    }
    const nuts = gifts.find((p) => p.handle === "chust-nut-assortment-box")!
    expect(nuts.image.contents!.every((c) => ["walnut", "almond", "pistachio", "apricot_kernel"].includes(c))).toBe(true)
  })
})

describe("trade data", () => {
  it("uses 10-digit HS codes, known regions, certificates and allergens", () => {
    for (const p of products) {
      expect(p.trade.hs_code, p.handle).toMatch(/^\d{10}$/)
      expect(ORIGIN_REGIONS, p.handle).toContain(p.trade.origin_region)
      for (const c of p.trade.certificates) expect(CERTIFICATES, p.handle).toContain(c)
      for (const a of p.trade.allergens) expect(ALLERGENS, p.handle).toContain(a)
    }
  })

  it("matches HS chapters to product families", () => {
    for (const p of products) {
      const hs = p.trade.hs_code
      if (family(p) === "footwear") expect(hs.slice(0, 4), p.handle).toBe("6403")
      if (p.category === "bags" || p.category === "wallets") expect(hs.slice(0, 4), p.handle).toBe("4202")
      if (p.category === "belts") expect(hs.slice(0, 4), p.handle).toBe("4203")
      if (family(p) === "honey") expect(hs, p.handle).toBe("0409000000")
      if (family(p) === "dairy") expect(hs.slice(0, 2), p.handle).toBe("04")
      if (p.category === "dried-apricots") expect(hs, p.handle).toBe("0813100000")
      if (p.category === "raisins") expect(hs, p.handle).toBe("0806200000")
    }
  })

  it("applies consistent VAT: 13 % for leather, dairy, roasted and candied goods; 9 % for plain produce", () => {
    for (const p of products) {
      const hs = p.trade.hs_code
      if (isLeather(p) || family(p) === "dairy" || hs.startsWith("2008") || hs.startsWith("2006")) {
        expect(p.trade.vat_rate, p.handle).toBe(13)
      } else {
        expect(p.trade.vat_rate, p.handle).toBe(9)
      }
      if (p.tags.includes("roasted") || p.tags.includes("candied")) expect(p.trade.vat_rate, p.handle).toBe(13)
    }
  })

  it("treats leather as one indivisible piece and food as divisible", () => {
    for (const p of products) expect(p.trade.indivisible, p.handle).toBe(isLeather(p))
  })

  it("gives food a shelf life, storage, the exporter's GACC number and a Chinese e-label", () => {
    for (const p of products.filter(isFood)) {
      const exporter = exporters.find((e) => e.handle === p.exporter)!
      expect(p.trade.shelf_life_days, p.handle).toBeGreaterThan(0)
      expect(p.trade.storage, p.handle).toBeDefined()
      expect(p.trade.gacc_registration_number, p.handle).toMatch(/^CUZB\d{13}$/)
      expect(p.trade.gacc_registration_number, p.handle).toBe(exporter.gacc_registration_number)
      const label = p.trade.label_zh ?? ""
      const lines = label
        .trimEnd()
        .split("\n")
        .map((l) => l.split("：")[0])
      expect(lines, p.handle).toEqual(["品名", "配料", "原产国", "产地", "净含量", "保质期", "贮存条件", "生产商", "境外生产企业注册号"])
      expect(label, p.handle).toContain("原产国：乌兹别克斯坦\n")
      expect(label, p.handle).toContain(`境外生产企业注册号：${exporter.gacc_registration_number}\n`)
      expect(label.endsWith("\n"), p.handle).toBe(true)
    }
  })

  it("declares the allergens each family carries", () => {
    for (const p of products) {
      const a = p.trade.allergens
      if (family(p) === "nuts") expect(a, p.handle).toContain("tree_nuts")
      if (family(p) === "dairy") expect(a, p.handle).toContain("milk")
      if (family(p) === "honey") expect(a, p.handle).toContain("pollen")
      if (p.trade.label_zh?.includes("二氧化硫")) expect(a, p.handle).toContain("sulphites")
      if (p.tags.includes("sulphur-free")) expect(a, p.handle).not.toContain("sulphites")
      if (isLeather(p)) {
        expect(a, p.handle).toEqual([])
        expect(p.trade.shelf_life_days, p.handle).toBeUndefined()
        expect(p.trade.label_zh, p.handle).toBeUndefined()
      }
    }
  })
})

describe("texts", () => {
  it("has non-empty English and Chinese in every Text of the catalog", () => {
    const all = [
      ...texts(exporters, "exporters"),
      ...texts(categories, "categories"),
      ...texts(collections, "collections"),
      ...texts(products, "products"),
      ...texts(promotions, "promotions"),
    ]
    // at least title, subtitle, description and manufacturer per product, name/city/story per exporter
    expect(all.length).toBeGreaterThanOrEqual(products.length * 4 + exporters.length * 3 + categories.length * 2)
    for (const [path, t] of all) {
      expect(typeof t.en === "string" && t.en.trim().length > 0, `${path}.en`).toBe(true)
      expect(typeof t["zh-CN"] === "string" && t["zh-CN"].trim().length > 0, `${path}.zh-CN`).toBe(true)
      expect(t["zh-CN"], `${path}.zh-CN should be Chinese`).toMatch(CJK)
      if (t.ru !== undefined) expect(t.ru.trim(), `${path}.ru`).not.toBe("")
    }
  })

  it("contains no placeholder text", () => {
    const blob = JSON.stringify({ exporters, categories, collections, products, promotions }).toLowerCase()
    for (const word of ["lorem", "ipsum", "todo", "tbd", "xxx", "placeholder"]) {
      expect(blob.includes(word), word).toBe(false)
    }
  })
})

describe("promotions", () => {
  it("has at least 4 promotions with unique codes and sane dates", () => {
    expect(promotions.length).toBeGreaterThanOrEqual(4)
    expect(duplicates(promotions.map((p) => p.code))).toEqual([])
    for (const p of promotions) {
      expect(p.code, p.code).toMatch(/^[A-Z0-9]+$/)
      expect(Number.isInteger(p.window.from_day) && Number.isInteger(p.window.to_day), p.code).toBe(true)
      expect(p.window.from_day, p.code).toBeLessThan(p.window.to_day)
      expect(p.value, p.code).toBeGreaterThan(0)
      if (p.type === "percentage") expect(p.value, p.code).toBeLessThan(100)
    }
  })

  it("references existing categories and collections", () => {
    const categoryHandles = new Set(categories.map((c) => c.handle))
    const collectionHandles = new Set(collections.map((c) => c.handle))
    for (const p of promotions) {
      if ("categories" in p.target) {
        expect(p.target.categories.length, p.code).toBeGreaterThan(0)
        for (const c of p.target.categories) expect(categoryHandles.has(c), `${p.code} → ${c}`).toBe(true)
        // every targeted category must actually hold products, or the promotion matches nothing
        for (const c of p.target.categories) {
          expect(
            products.some((prod) => prod.category === c),
            `${p.code} → ${c} has no products`,
          ).toBe(true)
        }
      }
      if ("collections" in p.target) {
        expect(p.target.collections.length, p.code).toBeGreaterThan(0)
        for (const c of p.target.collections) expect(collectionHandles.has(c), `${p.code} → ${c}`).toBe(true)
      }
    }
  })

  it("runs the codes the journeys use for half a year from any seed day, with one ended and one not yet started", () => {
    const window = (code: string) => promotions.find((p) => p.code === code)!.window
    for (const code of ["FIRSTORDER", "CONSULATE10"]) {
      expect(window(code).from_day, code).toBeLessThanOrEqual(0)
      expect(window(code).to_day, code).toBeGreaterThanOrEqual(180)
    }
    expect(
      promotions.some((p) => p.window.to_day <= 0),
      "an ended campaign",
    ).toBe(true)
    expect(
      promotions.some((p) => p.window.from_day > 0),
      "a campaign not yet started",
    ).toBe(true)
  })

  it("counts campaign days from midnight in Beijing, whatever the server's clock zone", () => {
    // 23:30 UTC on 2 December is already 3 December in Beijing.
    const lateUtc = new Date("2026-12-02T23:30:00Z")
    expect(beijingMidnight(0, lateUtc).toISOString()).toBe("2026-12-02T16:00:00.000Z")
    expect(beijingMidnight(-3, lateUtc).toISOString()).toBe("2026-11-29T16:00:00.000Z")
    expect(beijingMidnight(10, new Date("2026-12-03T15:00:00Z")).toISOString()).toBe("2026-12-12T16:00:00.000Z")
  })

  it("offers a first-order code limited to one use", () => {
    const first = promotions.find((p) => p.code === "FIRSTORDER")
    expect(first).toBeDefined()
    expect(first!.is_automatic).toBe(false)
    expect(first!.type).toBe("fixed")
    expect(first!.per_customer_limit).toBe(1)
    expect(first!.min_subtotal_cny).toBeGreaterThan(first!.value)
  })

  it("covers Spring Festival gift sets, harvest week and consulate picks", () => {
    const targets = promotions.map((p) => JSON.stringify(p.target))
    expect(targets.some((t) => t.includes("gift-sets") || t.includes("spring-festival-gifts"))).toBe(true)
    expect(targets.some((t) => t.includes("consulate-picks"))).toBe(true)
    expect(
      promotions.some(
        (p) =>
          p.type === "percentage" &&
          "categories" in p.target &&
          p.target.categories.includes("raisins") &&
          p.target.categories.includes("walnuts"),
      ),
    ).toBe(true)
  })
})
