import { describe, expect, it } from "vitest"
import { addressLine, normalizeMobile, postalAddress, validateAddress, validateContact } from "@/lib/address"

const form = (values: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}
const complete = {
  lastName: "李",
  firstName: "娜",
  province: "广东省",
  city: "广州市",
  district: "海珠区",
  street: "新港东路 1000 号",
  postalCode: "510335",
  phone: "138 0013 8000",
  email: "li.na@bozor.test",
}

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

describe("a pickup contact", () => {
  it("needs only a name, a mainland mobile number and the e-mail", () => {
    const { errors, contact } = validateContact(
      form({ lastName: "王", firstName: "芳", phone: "+86 139 0013 9000", email: "wang@bozor.test" }),
    )
    expect(errors).toBeUndefined()
    expect(contact).toEqual({ lastName: "王", firstName: "芳", phone: "13900139000" })
  })

  it("names what is missing or wrong, and nothing of an address", () => {
    const { errors } = validateContact(form({ lastName: "", firstName: "芳", phone: "020-12345678", email: "" }))
    expect(errors).toEqual({ lastName: "required", phone: "mobile", email: "required" })
  })
})

describe("addresses in the page's language", () => {
  const zh = {
    lastName: "李",
    firstName: "娜",
    province: "广东省",
    city: "广州市",
    district: "海珠区",
    street: "新港东路 1000 号",
    postalCode: "510335",
    phone: "13800138000",
  }
  const latin = {
    lastName: "Li",
    firstName: "Na",
    province: "Guangdong",
    city: "Guangzhou",
    district: "Haizhu District",
    street: "1000 Xingang East Rd",
    postalCode: "510335",
    phone: "13800138000",
  }

  it("zh-CN: largest place first, no separators", () => {
    expect(postalAddress(zh, "zh-CN")).toBe("广东省广州市海珠区新港东路 1000 号")
    expect(addressLine(zh, "zh-CN")).toBe("李娜 · 13800138000 · 广东省广州市海珠区新港东路 1000 号")
  })

  it("en: street, district, city, province and postcode, with commas; the name given name first", () => {
    expect(postalAddress(latin, "en")).toBe("1000 Xingang East Rd, Haizhu District, Guangzhou, Guangdong 510335")
    expect(addressLine(latin, "en")).toBe("Na Li · 13800138000 · 1000 Xingang East Rd, Haizhu District, Guangzhou, Guangdong 510335")
    expect(addressLine(zh, "en")).toBe("李娜 · 13800138000 · 新港东路 1000 号, 海珠区, 广州市, 广东省 510335")
  })
})
