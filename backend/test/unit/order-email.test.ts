import { describe, expect, it } from "vitest"
import { personName, postalAddress } from "../../src/emails/address"
import { renderOrderPlaced, type OrderForEmail } from "../../src/emails/order-placed"

const order = (extra: Partial<OrderForEmail> = {}): OrderForEmail => ({
  displayId: 42,
  locale: "zh-CN",
  currency: "cny",
  items: [{ title: "白刺槐蜂蜜", variant: "500 克", quantity: 2, subtotal: 256 }],
  shipping: [{ name: "跨境直邮", subtotal: 0 }],
  itemSubtotal: 256,
  shippingSubtotal: 0,
  discounts: [{ name: "新季丰收周：果干坚果85折", amount: 25.6 }],
  taxes: [{ name: "跨境综合税", amount: 14.52 }],
  total: 244.92,
  customs: { realName: "陈静", idNumber: "4401**********123X" },
  address: "王芳 · 13800138000 · 广东省广州市海珠区新港东路 1000 号",
  pickup: null,
  orderUrl: "http://shop.test/zh-CN/order/order_1",
  ...extra,
})

describe("the order confirmation e-mail", () => {
  it("shows goods, each discount by name, the cross-border tax line and the total in yuan", () => {
    const { subject, text } = renderOrderPlaced(order())
    expect(subject).toBe("丝路巴扎：订单 #42 已确认")
    expect(text).toContain("白刺槐蜂蜜 · 500 克 × 2  ¥256.00")
    expect(text).toContain("新季丰收周：果干坚果85折: −¥25.60")
    expect(text).toContain("跨境综合税: ¥14.52")
    expect(text).toContain("合计: ¥244.92")
    expect(text).toContain("运费: 免费")
    expect(text).toContain("报关身份: 陈静 · 4401**********123X")
  })

  it("leaves out the tax, discount and customs lines when there are none, and speaks English for en orders", () => {
    const { subject, text } = renderOrderPlaced(order({ locale: "en", taxes: [], discounts: [], customs: null, total: 256 }))
    expect(subject).toBe("Bozor: order #42 confirmed")
    expect(text).not.toMatch(/tax|harvest|Customs/i)
    expect(text).toContain("Total: ¥256.00")
  })

  it("escapes what exporters and buyers wrote in the HTML part", () => {
    const { html } = renderOrderPlaced(
      order({ items: [{ title: `<img src=x onerror="alert(1)">`, variant: null, quantity: 1, subtotal: 1 }], address: "<b>王芳</b>" }),
    )
    expect(html).not.toContain("<img src=x")
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
    expect(html).not.toContain("<b>王芳</b>")
  })
})

describe("a pickup at the Guangzhou centre in the confirmation", () => {
  const pickup = {
    place: "乌兹别克斯坦商品展销中心",
    address: "广东省广州市海珠区阅江中路 380 号 琶洲展馆（邮编 510335）",
    openingHours: "每天 10:00–20:00",
    code: "1234 5678",
    qrCid: "pickup-qr@bozor",
    collectedBy: "王芳 · 13800138000",
  }

  it("names the place, its hours, the code and who collects, and no delivery address", () => {
    const { text, html } = renderOrderPlaced(order({ address: null, customs: null, pickup }))
    expect(text).toContain("到店自提: 乌兹别克斯坦商品展销中心")
    expect(text).toContain("营业时间: 每天 10:00–20:00")
    expect(text).toContain("提货码: 1234 5678")
    expect(text).toContain("提货人: 王芳 · 13800138000")
    expect(text).not.toContain("收货地址")
    expect(html).toContain('src="cid:pickup-qr@bozor"')
  })

  it("in English", () => {
    const { text } = renderOrderPlaced(
      order({
        locale: "en",
        address: null,
        customs: null,
        pickup: { ...pickup, place: "Uzbek goods centre", openingHours: "Daily 10:00–20:00" },
      }),
    )
    expect(text).toContain("Pickup at: Uzbek goods centre")
    expect(text).toContain("Opening hours: Daily 10:00–20:00")
    expect(text).toContain("Pickup code: 1234 5678")
    expect(text).not.toContain("Delivery address")
  })
})

describe("names and addresses in the e-mail's language", () => {
  const a = { province: "广东省", city: "广州市", district: "海珠区", street: "新港东路 1000 号", postalCode: "510335" }
  it("Chinese: largest place first, no separators", () => {
    expect(postalAddress(a, "zh-CN")).toBe("广东省广州市海珠区新港东路 1000 号")
  })
  it("English: street first, commas, the postcode last", () => {
    expect(
      postalAddress(
        { province: "Guangdong", city: "Guangzhou", district: "Haizhu District", street: "1000 Xingang East Rd", postalCode: "510335" },
        "en",
      ),
    ).toBe("1000 Xingang East Rd, Haizhu District, Guangzhou, Guangdong 510335")
    expect(postalAddress(a, "en")).toBe("新港东路 1000 号, 海珠区, 广州市, 广东省 510335")
  })
  it("a Chinese name family name first in both languages; a Latin one in the language's order", () => {
    expect(personName("芳", "王", "en")).toBe("王芳")
    expect(personName("Fang", "Wang", "en")).toBe("Fang Wang")
    expect(personName("Fang", "Wang", "zh-CN")).toBe("Wang Fang")
  })
})
