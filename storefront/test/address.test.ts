import { describe, expect, it } from "vitest"
import { normalizeMobile, validateAddress } from "@/lib/address"

const form = (values: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}
const complete = { lastName: "李", firstName: "娜", province: "广东省", city: "广州市", district: "海珠区", street: "新港东路 1000 号", postalCode: "510335", phone: "138 0013 8000", email: "li.na@bozor.test" }

describe("Chinese delivery addresses", () => {
  it("accepts mainland mobile numbers written with +86, spaces or dashes", () => {
    expect(normalizeMobile("+86 138-0013-8000")).toBe("13800138000")
    expect(normalizeMobile("19912345678")).toBe("19912345678")
  })

  it.each(["12800138000", "1380013800", "138001380001", "020-12345678", "abc"])("refuses %s as a mobile number", (value) => {
    expect(normalizeMobile(value)).toBeNull()
  })

  it("normalizes a complete address", () => {
    const { errors, address } = validateAddress(form(complete))
    expect(errors).toBeUndefined()
    expect(address.phone).toBe("13800138000")
  })

  it("names every missing or malformed field", () => {
    const { errors } = validateAddress(form({ ...complete, district: "", phone: "12345", postalCode: "51033", email: "nope" }))
    expect(errors).toEqual({ district: "required", phone: "mobile", postalCode: "postalCode", email: "email" })
  })
})
