import { describe, expect, it } from "vitest"
import { fieldOfMessage, forForm, ApiError, resolveField } from "../src/lib/errors"

describe("the field a backend message names", () => {
  it("reads Medusa's validation messages", () => {
    expect(fieldOfMessage("Invalid request: Field 'trade, origin_region' is required")).toBe("trade.origin_region")
    expect(fieldOfMessage("Invalid request: Value for field 'content, zh-CN, title' too big, expected at most: '255'")).toBe(
      "content.zh-CN.title",
    )
    expect(fieldOfMessage("Invalid request: Expected type: 'number' for field 'variants, 0, price_cny', got: 'string'")).toBe(
      "variants.0.price_cny",
    )
  })

  it("reads the partner API's messages, which start with the field; only the first of several counts", () => {
    expect(fieldOfMessage("Invalid request: hs_code must be the 10-digit China customs tariff number; manufacturer is required")).toBe(
      "hs_code",
    )
    expect(fieldOfMessage("variants[1].price_cny must be more than 0")).toBe("variants.1.price_cny")
    expect(fieldOfMessage("password must be at least 10 characters")).toBe("password")
    expect(fieldOfMessage("The listing cannot be submitted yet. Missing: …")).toBeUndefined()
  })

  it("resolves a short name to the one field of the form that ends with it, and nothing when unknown or ambiguous", () => {
    const known = ["content.zh-CN.title", "content.en.title", "trade.hs_code"]
    expect(resolveField("hs_code", known)).toBe("trade.hs_code")
    expect(resolveField("title", known)).toBeUndefined()
    expect(resolveField("trade.vat_rate", known)).toBeUndefined()
    expect(forForm(new ApiError("hs_code must be …", 400, "hs_code"), known).field).toBe("trade.hs_code")
  })
})
