import { describe, expect, it } from "vitest"
import {
  FULFILMENT_MODES,
  FULFILMENT_MODES_BY_ORIGIN,
  fulfilmentModesFrom,
  isChinaCrossBorderRetail,
  ORIGIN_REGIONS,
  PAYMENT_PROVIDERS,
  paymentKind,
  regionName,
  shipsFromAbroad,
  storefrontUrl,
} from "../src"

describe("fulfilment modes", () => {
  it("declares international mail: Tashkent stock mailed abroad, which China's cross-border retail rules do not cover", () => {
    expect(FULFILMENT_MODES).toContain("international_mail")
    expect(shipsFromAbroad("international_mail")).toBe(true)
    expect(isChinaCrossBorderRetail("international_mail")).toBe(false)
    expect(fulfilmentModesFrom("cross_border")).toEqual(["cross_border_mail", "international_mail"])
  })

  it("puts only direct mail into mainland China under China's cross-border retail rules", () => {
    expect(FULFILMENT_MODES.filter(isChinaCrossBorderRetail)).toEqual(["cross_border_mail"])
    expect(FULFILMENT_MODES.filter(shipsFromAbroad)).toEqual(["cross_border_mail", "international_mail"])
    for (const unknown of ["", "toString", "__proto__", "CROSS_BORDER_MAIL", null, undefined]) {
      expect(shipsFromAbroad(unknown)).toBe(false)
      expect(isChinaCrossBorderRetail(unknown)).toBe(false)
    }
  })

  it("lists with a product the ways a buyer in mainland China receives it", () => {
    expect(FULFILMENT_MODES_BY_ORIGIN).toEqual({ cross_border: ["cross_border_mail"], domestic: ["gz_pickup", "gz_express"] })
  })
})

describe("payment providers", () => {
  it("names the kind of each provider Medusa loads, by its exact id", () => {
    expect(Object.values(PAYMENT_PROVIDERS).map(paymentKind)).toEqual(["system", "card", "alipay", "wechat"])
  })

  it("knows no kind for an id it does not declare, however close", () => {
    for (const id of ["pp_stripe-wechat-pay_other", "pp_wechat", "pp_system_default/../admin", "stripe", "", null, undefined]) {
      expect(paymentKind(id)).toBeNull()
    }
  })
})

describe("region names", () => {
  it("names every origin region in both shop languages", () => {
    for (const region of ORIGIN_REGIONS) {
      expect(regionName(region, "en")).toMatch(/^[A-Z][a-z]+$/)
      expect(regionName(region, "zh-CN")).toMatch(/^\p{Script=Han}+$/u)
    }
    expect(regionName("karakalpakstan", "en")).toBe("Karakalpakstan")
  })

  it("writes Chinese unless English is asked for, and an unknown code as it is", () => {
    expect(regionName("samarkand", "zh-CN")).toBe("撒马尔罕")
    expect(regionName("samarkand", "ru")).toBe("撒马尔罕")
    expect(regionName("samarkand", "en-GB")).toBe("Samarkand")
    expect(regionName("constructor", "en")).toBe("constructor")
  })
})

describe("the storefront's URL", () => {
  it("comes from STOREFRONT_URL without a trailing slash, else the local default", () => {
    expect(storefrontUrl({ STOREFRONT_URL: "https://shop.example/" })).toBe("https://shop.example")
    expect(storefrontUrl({ STOREFRONT_URL: "" })).toBe("http://localhost:8000")
    expect(storefrontUrl({})).toBe("http://localhost:8000")
  })
})
