import { describe, expect, it } from "vitest"
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
    const { html } = renderOrderPlaced(order({ items: [{ title: `<img src=x onerror="alert(1)">`, variant: null, quantity: 1, subtotal: 1 }], address: "<b>王芳</b>" }))
    expect(html).not.toContain("<img src=x")
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
    expect(html).not.toContain("<b>王芳</b>")
  })
})
