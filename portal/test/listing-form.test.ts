import { describe, expect, it } from "vitest"
import {
  checkListingForm,
  editorFieldPaths,
  emptyListingForm,
  listingToForm,
  splitValues,
  syncVariants,
  toListingInput,
  type ListingForm,
} from "../src/lib/listing-form"
import type { Listing } from "../src/lib/types"

function honeyForm(): ListingForm {
  const form = emptyListingForm()
  form.content["zh-CN"] = { title: "  扎明山花蜂蜜 ", subtitle: "", description: "高山野花蜜" }
  form.content.ru = { title: "Горный мёд Заамина", subtitle: "", description: "" }
  form.category_id = "pcat_honey"
  form.options = [{ title: "Weight", values: "250 g, 500 g，500 g, " }]
  form.variants = syncVariants(form.options, form.variants).map((variant) => ({
    ...variant,
    sku: variant.options.Weight === "250 g" ? " ZH-250 " : "",
    price: variant.options.Weight === "250 g" ? "68,50" : "120",
  }))
  form.trade = {
    ...form.trade,
    origin_region: "jizzakh",
    manufacturer: " Zaamin Asal ",
    hs_code: "0409 0000 00",
    vat_rate: "9",
    stock_origin: "cross_border",
    shelf_life_days: "730",
    storage: "",
    allergens: ["pollen"],
    gacc_registration_number: "cuzb12345678",
    label_zh: "品名：蜂蜜",
  }
  return form
}

describe("listing form → ListingInput", () => {
  it("trims text, leaves out blank fields and languages never written", () => {
    const input = toListingInput(honeyForm())
    expect(input.content).toEqual({
      "zh-CN": { title: "扎明山花蜂蜜", description: "高山野花蜜" },
      ru: { title: "Горный мёд Заамина" },
    })
    expect(input.category_id).toBe("pcat_honey")
  })

  it("splits option values on any comma, drops repeats, and makes one variant per value with its price and SKU", () => {
    const input = toListingInput(honeyForm())
    expect(input.options).toEqual([{ title: "Weight", values: ["250 g", "500 g"] }])
    expect(input.variants).toEqual([
      { title: "250 g", sku: "ZH-250", options: { Weight: "250 g" }, price_cny: 68.5 },
      { title: "500 g", options: { Weight: "500 g" }, price_cny: 120 },
    ])
  })

  it("maps trade data to the API's types: numbers, upper-case GACC, the HS code without spaces, blanks as null", () => {
    const { trade } = toListingInput(honeyForm())
    expect(trade).toMatchObject({
      origin_region: "jizzakh",
      manufacturer: "Zaamin Asal",
      hs_code: "0409000000",
      vat_rate: 9,
      stock_origin: "cross_border",
      shelf_life_days: 730,
      storage: null,
      allergens: ["pollen"],
      certificates: [],
      gacc_registration_number: "CUZB12345678",
      indivisible: false,
      label_zh: "品名：蜂蜜",
    })
    expect(trade).not.toHaveProperty("fulfilment_modes")
  })

  it("sends no trade data for a form whose trade fields were never touched", () => {
    const form = emptyListingForm()
    form.content["zh-CN"].title = "杏干"
    expect(toListingInput(form)).not.toHaveProperty("trade")
    expect(toListingInput(form).variants).toEqual([{ title: "Default", options: {} }])
  })

  it("clears (null) a saved field the person emptied, and only that", () => {
    const saved = { content: { en: { title: "Honey", subtitle: "Mountain" } }, trade: null } as unknown as Listing
    const form = emptyListingForm()
    form.content.en = { title: "Honey", subtitle: "", description: "" }
    expect(toListingInput(form, saved).content).toEqual({ en: { title: "Honey", subtitle: null } })
  })

  it("keeps what was entered for combinations that remain when options change", () => {
    const form = honeyForm()
    const options = [{ title: "Weight", values: "500 g, 1 kg" }]
    const variants = syncVariants(options, form.variants)
    expect(variants.map((v) => [v.options.Weight, v.price])).toEqual([
      ["500 g", "120"],
      ["1 kg", ""],
    ])
    expect(splitValues("a、b，c,")).toEqual(["a", "b", "c"])
  })

  it("refuses a price or a shelf life that is not a number before sending, naming the field as the backend would", () => {
    const form = honeyForm()
    form.variants[1].price = "12o"
    expect(checkListingForm(form)).toEqual({ field: "variants.1.price_cny", key: "invalidPrice" })
    form.variants[1].price = "120"
    form.trade.shelf_life_days = "two years"
    expect(checkListingForm(form)).toEqual({ field: "trade.shelf_life_days", key: "invalidWhole" })
    form.trade.shelf_life_days = "730"
    expect(checkListingForm(form)).toBeUndefined()
  })

  it("reads a saved listing back into the same form, pending content first", () => {
    const form = honeyForm()
    const input = toListingInput(form)
    const listing = {
      ...input,
      id: "prod_1",
      handle: "honey",
      status: "live",
      review: null,
      images: [],
      checklist: [],
      completeness: { "zh-CN": 80, en: 0, ru: 50 },
      variants: input.variants!.map((v, i) => ({ ...v, id: `variant_${i}`, sku: v.sku ?? null })),
      trade: { ...input.trade!, fulfilment_modes: ["cross_border_mail"] },
      pending: { content: { ru: { title: "Мёд Заамина" } }, submitted_at: "2026-12-03T10:00:00Z" },
    } as unknown as Listing
    const back = listingToForm(listing)
    expect(back.content.ru.title).toBe("Мёд Заамина")
    expect(back.content["zh-CN"].title).toBe("扎明山花蜂蜜")
    expect(back.options).toEqual([{ title: "Weight", values: "250 g, 500 g" }])
    expect(back.variants.map((v) => [v.id, v.sku, v.price])).toEqual([
      ["variant_0", "ZH-250", "68.5"],
      ["variant_1", "", "120"],
    ])
    expect(back.trade.vat_rate).toBe("9")
    expect(back.trade.gacc_registration_number).toBe("CUZB12345678")
  })

  it("knows every field it shows, for refusals to land beside them", () => {
    const paths = editorFieldPaths(honeyForm())
    expect(paths).toEqual(
      expect.arrayContaining([
        "content.zh-CN.title",
        "category_id",
        "options.0.values",
        "variants.1.price_cny",
        "trade.hs_code",
        "trade.label_zh",
      ]),
    )
    expect(paths).not.toContain("trade.fulfilment_modes")
  })
})
