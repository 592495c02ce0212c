import { describe, expect, it } from "vitest"
import { checklistRefusal, contentCompleteness, listingChecklist, type ChecklistSubject } from "../../src/modules/listing/checklist"

const complete: ChecklistSubject = {
  content: { "zh-CN": { title: "费尔干纳杏干" } },
  family: "dried-fruit",
  trade: {
    hs_code: "0813100000",
    stock_origin: "cross_border",
    shelf_life_days: 365,
    storage: "阴凉干燥处",
    gacc_registration_number: "CUZB0621040300117",
    label_zh: "品名：杏干",
  },
  variants: [{ price_cny: 39 }],
  images: 1,
}

const unmet = (subject: ChecklistSubject) =>
  listingChecklist(subject)
    .filter((i) => !i.ok)
    .map((i) => i.key)

describe("the listing checklist", () => {
  it("passes a complete food listing", () => {
    expect(unmet(complete)).toEqual([])
  })

  it("asks a food listing for its Chinese title, label, shelf life, storage and GACC number", () => {
    const subject = {
      ...complete,
      content: { "zh-CN": { title: "  " }, en: { title: "Apricots" } },
      trade: { ...complete.trade!, label_zh: null, shelf_life_days: null, storage: "", gacc_registration_number: "cuzb123" },
    }
    expect(unmet(subject)).toEqual(["title_zh", "label_zh", "food_shelf_life", "food_storage", "food_gacc"])
  })

  it("does not ask leather goods for food data", () => {
    const leather = { ...complete, family: "footwear", trade: { hs_code: "6403990090", stock_origin: "cross_border" } }
    const keys = listingChecklist(leather).map((i) => i.key)
    expect(keys).not.toContain("food_gacc")
    expect(keys).not.toContain("label_zh")
    expect(unmet(leather)).toEqual([])
  })

  it("wants an HS code of the category's family, and names the headings", () => {
    const items = listingChecklist({ ...complete, family: "honey", trade: { ...complete.trade!, hs_code: "0813100000" } })
    const hs = items.find((i) => i.key === "hs_code_family")!
    expect(hs.ok).toBe(false)
    expect(hs.message.en).toMatch(/0409/)
    expect(hs.message["zh-CN"]).toMatch(/0409/)
  })

  it("keeps dairy to Guangzhou stock", () => {
    const dairy = { ...complete, family: "dairy", trade: { ...complete.trade!, hs_code: "0406900000" } }
    expect(unmet(dairy)).toEqual(["dairy_domestic_only"])
    expect(unmet({ ...dairy, trade: { ...dairy.trade, stock_origin: "domestic" } })).toEqual([])
  })

  it("treats goods of tariff chapters 1-24 as food when no family says", () => {
    expect(listingChecklist({ ...complete, family: null }).map((i) => i.key)).toEqual(
      expect.arrayContaining(["category", "label_zh", "food_gacc"]),
    )
  })

  it("needs a category, trade data, a price on every variant and an image", () => {
    expect(unmet({ ...complete, family: null, trade: null, variants: [{ price_cny: 10 }, { price_cny: null }], images: 0 })).toEqual([
      "category",
      "trade",
      "price",
      "image",
    ])
    expect(unmet({ ...complete, variants: [] })).toEqual(["price"])
  })

  it("says every item in uz, ru, en and zh-CN, and refuses naming each missing one", () => {
    const items = listingChecklist({ ...complete, images: 0, trade: { ...complete.trade!, label_zh: "" } })
    for (const item of items)
      for (const locale of ["uz", "ru", "en", "zh-CN"] as const) expect(item.message[locale].length).toBeGreaterThan(5)
    const refusal = checklistRefusal(items, "ru")
    expect(refusal).toMatch(/^Объявление пока нельзя отправить/)
    expect(refusal).toContain("Хотя бы одно изображение.")
    expect(refusal).toContain("китайской этикетки")
  })
})

describe("content completeness", () => {
  it("weighs the title most, then the description, then the subtitle", () => {
    expect(contentCompleteness(undefined)).toBe(0)
    expect(contentCompleteness({ title: "杏干" })).toBe(50)
    expect(contentCompleteness({ title: "杏干", description: "好吃" })).toBe(80)
    expect(contentCompleteness({ title: "杏干", subtitle: "x", description: "好吃" })).toBe(100)
    expect(contentCompleteness({ title: " ", subtitle: null })).toBe(0)
  })
})
