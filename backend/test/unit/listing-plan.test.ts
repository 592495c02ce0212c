import { describe, expect, it } from "vitest"
import type { ListingSnapshot } from "../../src/utils/listings"
import {
  emptySnapshot,
  listingDiff,
  planIsEmpty,
  planListingChange,
  splitLiveChange,
  withChange,
  type ListingContext,
} from "../../src/workflows/listing/utils/plan-listing-change"
import { newHandle } from "../../src/workflows/listing/utils/review-decisions"

const ctx: ListingContext = {
  locations: { cross_border: "sloc_tashkent", domestic: "sloc_guangzhou" },
  profiles: { cross_border: "sp_cb", domestic: "sp_dom" },
  sales_channel_id: "sc_web",
  category_ids: ["pcat_apricots", "pcat_honey"],
}

function live(): ListingSnapshot {
  const s = emptySnapshot()
  return {
    ...s,
    id: "prod_1",
    handle: "kuraga",
    product_status: "published",
    published: true,
    state: "live",
    base: { title: "Kuraga", subtitle: null, description: "Apricots" },
    content: {
      "zh-CN": { title: "杏干", subtitle: null, description: "杏" },
      en: { title: "Kuraga", subtitle: null, description: "Apricots" },
      ru: { title: "Курага", subtitle: null, description: null },
    },
    translation_ids: { "zh-CN": "trans_zh", ru: "trans_ru" },
    category_id: "pcat_apricots",
    options: [
      {
        id: "opt_w",
        title: "Weight",
        values: [
          { id: "v250", value: "250 g" },
          { id: "v500", value: "500 g" },
        ],
      },
    ],
    variants: [
      {
        id: "var_250",
        title: "250 g",
        sku: "K-250",
        options: { Weight: "250 g" },
        price_cny: 39,
        prices: [
          { id: "p_cny", currency_code: "cny", amount: 39 },
          { id: "p_usd", currency_code: "usd", amount: 6 },
        ],
        inventory_item_ids: ["ii_1"],
        stock: [],
      },
      {
        id: "var_500",
        title: "500 g",
        sku: "K-500",
        options: { Weight: "500 g" },
        price_cny: 69,
        prices: [{ id: "p_cny2", currency_code: "cny", amount: 69 }],
        inventory_item_ids: ["ii_2"],
        stock: [],
      },
    ],
    trade: null,
    images: [{ id: "img_1", url: "http://x/1.png" }],
  }
}

const sameVariants = (s: ListingSnapshot, price250: number) =>
  s.variants.map((v) => ({
    id: v.id,
    title: v.title,
    sku: v.sku,
    options: v.options,
    price_cny: v.id === "var_250" ? price250 : v.price_cny,
  }))

describe("a change to a live listing", () => {
  it("applies a price at once, keeping the other currencies, and holds nothing for review", () => {
    const s = live()
    const { now, pending } = splitLiveChange(s, { variants: sameVariants(s, 42) })
    expect(pending).toBeNull()
    const plan = planListingChange(s, now, ctx)
    expect(plan.product).toBeNull()
    expect(plan.variant_prices).toEqual([
      {
        id: "var_250",
        prices: [
          { id: "p_usd", currency_code: "usd", amount: 6 },
          { id: "p_cny", currency_code: "cny", amount: 42 },
        ],
      },
    ])
  })

  it("holds a content change for review and writes nothing now", () => {
    const s = live()
    const { now, pending } = splitLiveChange(s, { content: { "zh-CN": { title: "新杏干" }, en: { title: "Kuraga" } } })
    expect(pending).toEqual({ content: { "zh-CN": { title: "新杏干" } } })
    expect(planIsEmpty(planListingChange(s, now, ctx))).toBe(true)
  })

  it("merges with what already waits, and a text put back as it was leaves the change", () => {
    const s = { ...live(), pending: { content: { "zh-CN": { title: "新杏干" } }, category_id: "pcat_honey" } }
    expect(splitLiveChange(s, { content: { ru: { subtitle: "Новое" } } }).pending).toEqual({
      content: { "zh-CN": { title: "新杏干" }, ru: { subtitle: "Новое" } },
      category_id: "pcat_honey",
    })
    expect(splitLiveChange(s, { content: { "zh-CN": { title: "杏干" } }, category_id: "pcat_apricots" }).pending).toBeNull()
  })

  it("holds a new variant, its price included, while the live ones' prices apply now", () => {
    const s = live()
    const variants = [...sameVariants(s, 45), { title: "1 kg", sku: "K-1000", options: { Weight: "1 kg" }, price_cny: 120 }]
    const { now, pending } = splitLiveChange(s, { options: [{ title: "Weight", values: ["250 g", "500 g", "1 kg"] }], variants })
    expect(now.variants!.map((v) => v.price_cny)).toEqual([45, 69])
    expect(pending!.variants!.map((v) => v.price_cny)).toEqual([undefined, undefined, 120])
    expect(pending!.options).toEqual([{ title: "Weight", values: ["250 g", "500 g", "1 kg"] }])
  })
})

describe("a new listing", () => {
  it("without options gets Medusa's placeholder option, and is a draft in the web store", () => {
    const plan = planListingChange(null, { content: { "zh-CN": { title: "杏干" } } }, ctx, "draft")
    expect(plan.product).toMatchObject({
      title: "杏干",
      status: "draft",
      options: [{ title: "Default option", values: ["Default option value"] }],
    })
    expect(plan.translations.create.map((t) => t.locale_code)).toEqual(["zh-CN", "en", "ru"])
  })
})

describe("a change to a listing off the shop", () => {
  it("writes base text (English first), translations per language, and moves the status", () => {
    const s = { ...live(), product_status: "draft", published: false, state: "draft" as const }
    const plan = planListingChange(s, { content: { en: { title: null }, "zh-CN": { title: "杏干二" } } }, ctx, "proposed")
    expect(plan.product).toMatchObject({ title: "杏干二", status: "proposed" })
    expect(plan.translations.update.map((t) => t.id)).toEqual(["trans_zh"])
    expect(plan.translations.create).toEqual([
      {
        reference: "product",
        reference_id: "prod_1",
        locale_code: "en",
        translations: { title: "", subtitle: "", description: "Apricots" },
      },
    ])
  })

  it("replaces options of other names (variants given with them), and refuses a value not among them and a variant of another listing", () => {
    const s = { ...live(), published: false }
    const renamed = planListingChange(
      s,
      { options: [{ title: "Size", values: ["S"] }], variants: [{ title: "S", options: { Size: "S" }, price_cny: 5 }] },
      ctx,
    )
    expect(renamed.options_create).toEqual([{ title: "Size", values: ["S"], is_exclusive: true }])
    expect(renamed.options_keep).toEqual([])
    expect(renamed.product!.variants).toEqual([
      expect.objectContaining({ title: "S", options: { Size: "S" }, prices: [{ currency_code: "cny", amount: 5 }] }),
    ])
    expect(() => planListingChange(s, { options: [{ title: "Size", values: ["S"] }] }, ctx)).toThrow(/give the variants/)
    expect(() => planListingChange(s, { variants: [{ title: "2 kg", options: { Weight: "2 kg" } }] }, ctx)).toThrow(
      /not a value of option "Weight"/,
    )
    expect(() => planListingChange(s, { variants: [{ id: "var_other", title: "250 g", options: { Weight: "250 g" } }] }, ctx)).toThrow(
      /does not belong/,
    )
  })

  it("widens option values before the variants change and settles them after", () => {
    const s = { ...live(), published: false }
    const plan = planListingChange(
      s,
      {
        options: [{ title: "Weight", values: ["500 g", "1 kg"] }],
        variants: [
          { id: "var_500", title: "500 g", sku: "K-500", options: { Weight: "500 g" } },
          { title: "1 kg", options: { Weight: "1 kg" }, price_cny: 120 },
        ],
      },
      ctx,
    )
    expect(plan.options_before).toEqual([{ id: "opt_w", values: ["250 g", "500 g", "1 kg"] }])
    expect(plan.options_after).toEqual([{ id: "opt_w", values: ["500 g", "1 kg"] }])
    expect((plan.product!.variants as unknown[]).length).toBe(2)
    expect(plan.stock).toBeNull()
  })

  it("puts new stock at the location of the stock origin, and moves the shipping profile with it", () => {
    const trade = {
      origin_region: "fergana",
      manufacturer: "M",
      hs_code: "0406900000",
      vat_rate: 13,
      stock_origin: "domestic",
      allergens: [],
      certificates: [],
      indivisible: false,
    } as const
    const plan = planListingChange(
      { ...live(), published: false },
      { trade, variants: sameVariants(live(), 39).map((v) => ({ ...v, stocked_quantity: 4 })) },
      ctx,
    )
    expect(plan.product).toMatchObject({ shipping_profile_id: "sp_dom", hs_code: "0406900000" })
    expect(plan.trade).toMatchObject({ fulfilment_modes: ["gz_pickup", "gz_express"] })
    expect(plan.stock).toEqual({
      location_id: "sloc_guangzhou",
      quantities: [
        { variant_id: "var_250", quantity: 4 },
        { variant_id: "var_500", quantity: 4 },
      ],
    })
  })
})

describe("the diff operators and the audit log read", () => {
  it("names each changed field with before and after", () => {
    const s = live()
    const diff = listingDiff(s, withChange(s, { content: { "zh-CN": { title: "新" } }, variants: sameVariants(s, 45) }))
    expect(diff).toEqual({
      "content.zh-CN.title": { before: "杏干", after: "新" },
      "variants.K-250.price_cny": { before: 39, after: 45 },
    })
  })
})

describe("a new listing's handle", () => {
  it("comes from the English title, else the pinyin of the Chinese one, with a random tail", () => {
    expect(newHandle({ en: { title: "Fergana Kuraga!" } })).toMatch(/^fergana-kuraga-[0-9a-f]{6}$/)
    expect(newHandle({ "zh-CN": { title: "费尔干纳杏干" } })).toMatch(/^fei-er-gan-na-xing-gan-[0-9a-f]{6}$/)
    expect(newHandle({ ru: { title: "Курага" } })).toMatch(/^listing-[0-9a-f]{6}$/)
  })
})
