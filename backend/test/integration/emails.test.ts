import { beforeAll, describe, expect, it } from "vitest"
import { outboxMail, storeClient } from "../helpers"
import { cartWith, checkout, newIdNumber, type Sdk } from "../shop"

/** The order confirmation as a buyer receives it. */
const confirmationFor = (email: string) => outboxMail((raw) => raw.includes(email))

let zh: Sdk
let en: Sdk
beforeAll(() => {
  zh = storeClient("zh-CN")
  en = storeClient("en")
})

const yuan = (amount: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }).format(amount)

/** The amounts of the e-mail's figures as printed, in fen: "  label  ¥12.34" and "label: −¥5.00". */
const printedFen = (line: string) => Math.round(Number(line.slice(line.lastIndexOf("¥") + 1).replace(/,/g, "")) * 100)

describe("order confirmation e-mail", () => {
  it("zh-CN: lists the goods, shows the cross-border tax as its own line and the ID number masked, never whole", async () => {
    const email = `mail-zh-${Date.now()}@bozor.test`
    const id = newIdNumber("male")
    const cartId = await cartWith(zh, [{ handle: "white-acacia-honey", quantity: 2 }, { handle: "sheep-milk-qurt" }], {
      locale: "zh-CN",
      email,
    })
    const order = await checkout(zh, cartId, { real_name: "陈静", id_number: id })
    const mail = await confirmationFor(email)

    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(email)
    expect(mail.subject).toBe(`丝路巴扎：订单 #${order.display_id} 已确认`)
    const text = mail.text ?? ""
    expect(Number(order.tax_total)).toBeGreaterThan(0)
    expect(text).toContain(`跨境综合税: ${yuan(Number(order.tax_total), "zh-CN")}`)
    expect(text).toContain(`合计: ${yuan(Number(order.total), "zh-CN")}`)
    expect(text).toContain(`陈静 · ${id.slice(0, 4)}**********${id.slice(-4)}`)
    expect(text).toMatch(/× 2/)
    for (const part of [text, String(mail.html)]) expect(part).not.toContain(id)
    expect(String(mail.html)).toContain("跨境综合税")
    // The honey is mailed to the address; the qurt is collected at the centre, with its code and the QR code inline.
    expect(text).toContain("收货地址: 李娜 · 13800138000 · 广东省广州市海珠区新港东路 1000 号")
    expect(text).toContain("到店自提: 乌兹别克斯坦商品展销中心")
    expect(text).toContain("营业时间: 每天 10:00–20:00")
    expect(text).toMatch(/提货码: \d{4} \d{4}/)
    const qr = mail.attachments.find((a) => a.contentType === "image/png")
    expect(qr?.cid).toBeTruthy()
    // A mail client shows the inline image where the HTML names its Content-ID (the parser inlines it as a data URL).
    expect(String(mail.html)).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="提货码 \d{4} \d{4} 的二维码"/)
  })

  it("en: a cross-border order names its taxes in English, and goods, delivery, discounts and taxes add up to the total", async () => {
    const email = `mail-en-tax-${Date.now()}@bozor.test`
    const cartId = await cartWith(en, [{ handle: "white-acacia-honey", quantity: 2 }, { handle: "sheep-milk-qurt" }], {
      locale: "en",
      email,
    })
    const order = await checkout(en, cartId, { real_name: "陈静", id_number: newIdNumber() })
    const text = (await confirmationFor(email)).text ?? ""
    expect(text).not.toContain("跨境综合税")
    const taxLine = text.split("\n").find((l) => l.startsWith("Cross-border comprehensive tax: "))!
    expect(taxLine).toBeDefined()
    // 2 × ¥88 of honey and ¥25 of direct mail pay 6.3%: ¥12.66, the freight included.
    expect(taxLine).toBe("Cross-border comprehensive tax: ¥12.66")

    const lines = text.split("\n")
    const start = lines.indexOf("Goods:") + 1
    const goods = lines.slice(start, lines.indexOf("", start)).map(printedFen)
    const figure = (label: string) => printedFen(lines.find((l) => l.startsWith(`${label}: `)) ?? "")
    expect(goods.reduce((a, b) => a + b, 0)).toBe(figure("Subtotal"))
    expect(figure("Subtotal") + figure("Shipping") + printedFen(taxLine)).toBe(figure("Total"))
    expect(figure("Total")).toBe(Math.round(Number(order.total) * 100))
  })

  it("en: a domestic pickup order is in English and has no tax line and no customs identity", async () => {
    const email = `mail-en-${Date.now()}@bozor.test`
    const cartId = await cartWith(en, [{ handle: "sheep-milk-qurt" }], { locale: "en", email })
    const order = await checkout(en, cartId)
    const mail = await confirmationFor(email)
    expect(mail.subject).toBe(`Bozor: order #${order.display_id} confirmed`)
    expect(mail.text).toContain(`Total: ${yuan(Number(order.total), "en")}`)
    expect(mail.text).not.toContain("Cross-border comprehensive tax")
    expect(mail.text).not.toContain("Customs identity")
    expect(mail.text).toContain(`/en/order/${order.id}`)
    // Collected at the centre: where, when and the code, and no delivery address.
    expect(mail.text).toContain("Pickup at: Uzbek goods exhibition-and-sales centre")
    expect(mail.text).toContain("Opening hours: Daily 10:00–20:00")
    expect(mail.text).toMatch(/Pickup code: \d{4} \d{4}/)
    expect(mail.text).toContain("Collected by: 李娜 · 13800138000")
    expect(mail.text).not.toContain("Delivery address")
  })
})
