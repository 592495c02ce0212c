import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { formatMoney } from "@/lib/format"
import { isInStock, minPrice, reshapeProductSummary, reshapeSearchHit } from "@/lib/medusa/reshape"

const variant = (amount: number | null, stock: number, extra: Partial<HttpTypes.StoreProductVariant> = {}) =>
  ({
    id: `v${amount}`,
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: stock,
    calculated_price: amount === null ? undefined : { calculated_amount: amount, currency_code: "cny" },
    ...extra,
  }) as unknown as HttpTypes.StoreProductVariant

const product = (variants: HttpTypes.StoreProductVariant[]) =>
  ({
    id: "prod_1",
    handle: "apricots",
    title: "杏干",
    subtitle: null,
    thumbnail: "http://x/a.webp",
    variants,
  }) as unknown as HttpTypes.StoreProduct

describe("reshaping Medusa products", () => {
  it("takes the lowest calculated price over the variants", () => {
    expect(minPrice(product([variant(68, 1), variant(38, 0), variant(128, 5)]))).toEqual({ amount: 38, currencyCode: "CNY" })
  })

  it("has no price when no variant is priced in the region", () => {
    expect(minPrice(product([variant(null, 3)]))).toBeNull()
  })

  it("is in stock when any variant has stock, is not managed, or allows backorders", () => {
    expect(isInStock(product([variant(1, 0), variant(2, 0)]))).toBe(false)
    expect(isInStock(product([variant(1, 0), variant(2, 4)]))).toBe(true)
    expect(isInStock(product([variant(1, 0, { manage_inventory: false })]))).toBe(true)
    expect(isInStock(product([variant(1, 0, { allow_backorder: true })]))).toBe(true)
  })

  it("maps to the shop's summary", () => {
    expect(reshapeProductSummary(product([variant(38, 2)]))).toEqual({
      id: "prod_1",
      handle: "apricots",
      title: "杏干",
      subtitle: null,
      thumbnail: "http://x/a.webp",
      price: { amount: 38, currencyCode: "CNY" },
      inStock: true,
    })
  })
})

describe("reshaping search hits", () => {
  const hit = {
    document: {
      id: "prod_1",
      handle: "apricots",
      title_zh: "杏干",
      title_en: "Dried apricots",
      price: 38,
      price_usd: 5.35,
      in_stock: true,
    },
  }

  it("prices an International visitor's hit in dollars, from the index's dollar price", () => {
    expect(reshapeSearchHit(hit, "en", { field: "price_usd", currencyCode: "usd" }).price).toEqual({ amount: 5.35, currencyCode: "USD" })
  })

  it("prices a China visitor's hit in yuan", () => {
    expect(reshapeSearchHit(hit, "zh-CN", { field: "price", currencyCode: "cny" }).price).toEqual({ amount: 38, currencyCode: "CNY" })
  })

  it("shows no price rather than another currency's when the index has none in the region's", () => {
    expect(reshapeSearchHit(hit, "en", null).price).toBeNull()
    expect(
      reshapeSearchHit({ document: { ...hit.document, price_usd: null } }, "en", { field: "price_usd", currencyCode: "USD" }).price,
    ).toBeNull()
  })
})

describe("formatting money", () => {
  it("writes yuan with the ¥ sign in both languages", () => {
    expect(formatMoney({ amount: 1299, currencyCode: "CNY" }, "zh-CN")).toBe("¥1,299.00")
    expect(formatMoney({ amount: 1299, currencyCode: "CNY" }, "en")).toBe("¥1,299.00")
  })

  it("writes dollars for the International region", () => {
    expect(formatMoney({ amount: 18.99, currencyCode: "USD" }, "en")).toBe("$18.99")
  })
})
