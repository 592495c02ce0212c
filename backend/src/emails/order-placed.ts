/**
 * The order confirmation e-mail, in the order's language (zh-CN or en): the
 * goods, delivery, each discount and each tax as lines of their own, the
 * total, and the customs identity with its ID number masked. The figures are
 * the order's receipt (utils/receipt.ts), the same the shop shows: they add up
 * to the total to the fen. Everything exporters or buyers wrote (titles,
 * names, addresses) is escaped in the HTML part.
 */

export interface OrderForEmail {
  displayId: number | string
  locale: string | null
  currency: string
  /** Each line at its price before tax (unit price × quantity). */
  items: { title: string; variant: string | null; quantity: number; subtotal: number }[]
  shipping: { name: string; subtotal: number }[]
  itemSubtotal: number
  shippingSubtotal: number
  /** By promotion, before tax, named in the order's language. */
  discounts: { name: string; amount: number }[]
  /** By kind (cross-border comprehensive tax, or duty and import VAT), named in the order's language. */
  taxes: { name: string; amount: number }[]
  total: number
  /** As stored on the order: the ID number is already masked. */
  customs: { realName: string; idNumber: string } | null
  /** Where a parcel goes (name · mobile · address); null when nothing is sent by parcel. */
  address: string | null
  /** A pickup at the Guangzhou centre: where, when, the code to show (also as the QR image `qrCid`) and who collects. */
  pickup: PickupForEmail | null
  orderUrl: string
}

interface PickupForEmail {
  place: string
  address: string
  openingHours: string
  /** Written for people: 1234 5678. */
  code: string
  /** Content-ID of the QR code image attached to the message. */
  qrCid: string
  collectedBy: string
}

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

const MESSAGES = {
  "zh-CN": {
    subject: (id: string) => `丝路巴扎：订单 #${id} 已确认`,
    greeting: "感谢您在丝路巴扎购物！我们已收到您的订单。",
    goods: "商品",
    delivery: "配送",
    subtotal: "商品小计",
    shipping: "运费",
    total: "合计",
    customs: "报关身份",
    address: "收货地址",
    pickupAt: "到店自提",
    pickupAddress: "地址",
    openingHours: "营业时间",
    pickupCode: "提货码",
    pickupCodeHint: "到店时出示提货码或下方二维码",
    collectedBy: "提货人",
    qrAlt: (code: string) => `提货码 ${code} 的二维码`,
    view: "查看订单",
    free: "免费",
    footer: "丝路巴扎 · 乌兹别克斯坦商品展销中心（广州）",
  },
  en: {
    subject: (id: string) => `Bozor: order #${id} confirmed`,
    greeting: "Thank you for shopping at Bozor! We have received your order.",
    goods: "Goods",
    delivery: "Delivery",
    subtotal: "Subtotal",
    shipping: "Shipping",
    total: "Total",
    customs: "Customs identity",
    address: "Delivery address",
    pickupAt: "Pickup at",
    pickupAddress: "Address",
    openingHours: "Opening hours",
    pickupCode: "Pickup code",
    pickupCodeHint: "show it, or the QR code, at the counter",
    collectedBy: "Collected by",
    qrAlt: (code: string) => `QR code of the pickup code ${code}`,
    view: "View your order",
    free: "Free",
    footer: "Bozor · Uzbek goods exhibition and sales centre, Guangzhou",
  },
} as const

export const emailLocale = (locale: string | null | undefined): keyof typeof MESSAGES =>
  locale?.toLowerCase().startsWith("en") ? "en" : "zh-CN"

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

function pickupHtml(p: PickupForEmail, m: (typeof MESSAGES)[keyof typeof MESSAGES]): string {
  const line = (label: string, value: string) =>
    `<tr><td style="padding:2px 8px 2px 0;vertical-align:top"><strong>${escapeHtml(label)}</strong></td><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`
  return `<div data-pickup style="border:1px solid #e5e7eb;border-radius:12px;padding:12px;margin:12px 0">
<table style="border-collapse:collapse">${line(m.pickupAt, p.place)}${line(m.pickupAddress, p.address)}${p.openingHours ? line(m.openingHours, p.openingHours) : ""}${line(m.collectedBy, p.collectedBy)}</table>
<p style="font-size:14px;margin:12px 0 4px">${escapeHtml(m.pickupCode)} (${escapeHtml(m.pickupCodeHint)}):</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:2px;margin:0" data-pickup-code>${escapeHtml(p.code)}</p>
<img src="cid:${escapeHtml(p.qrCid)}" alt="${escapeHtml(m.qrAlt(p.code))}" width="160" height="160" style="margin-top:8px">
</div>`
}

export function renderOrderPlaced(order: OrderForEmail): RenderedEmail {
  const locale = emailLocale(order.locale)
  const m = MESSAGES[locale]
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: order.currency.toUpperCase(), currencyDisplay: "narrowSymbol" }).format(
      amount,
    )
  const id = String(order.displayId)

  const lines = order.items.map((i) => ({
    label: `${i.title}${i.variant ? ` · ${i.variant}` : ""} × ${i.quantity}`,
    amount: money(i.subtotal),
  }))
  const totals: { label: string; amount: string; strong?: boolean }[] = [
    { label: m.subtotal, amount: money(order.itemSubtotal) },
    { label: m.shipping, amount: order.shippingSubtotal === 0 ? m.free : money(order.shippingSubtotal) },
    ...order.discounts.map((d) => ({ label: d.name, amount: `−${money(d.amount)}` })),
    ...order.taxes.map((t) => ({ label: t.name, amount: money(t.amount) })),
    { label: m.total, amount: money(order.total), strong: true },
  ]
  const delivery = order.shipping.map((s) => `${s.name} · ${s.subtotal === 0 ? m.free : money(s.subtotal)}`)
  const customs = order.customs ? `${order.customs.realName} · ${order.customs.idNumber}` : null
  const p = order.pickup
  const pickupLines = p
    ? [
        `${m.pickupAt}: ${p.place}`,
        `${m.pickupAddress}: ${p.address}`,
        ...(p.openingHours ? [`${m.openingHours}: ${p.openingHours}`] : []),
        `${m.pickupCode}: ${p.code} (${m.pickupCodeHint})`,
        `${m.collectedBy}: ${p.collectedBy}`,
      ]
    : []

  const text = [
    m.greeting,
    "",
    `${m.goods}:`,
    ...lines.map((l) => `  ${l.label}  ${l.amount}`),
    "",
    `${m.delivery}:`,
    ...delivery.map((d) => `  ${d}`),
    ...(order.address ? ["", `${m.address}: ${order.address}`] : []),
    ...(pickupLines.length ? ["", ...pickupLines] : []),
    ...(customs ? ["", `${m.customs}: ${customs}`] : []),
    "",
    ...totals.map((t) => `${t.label}: ${t.amount}`),
    "",
    `${m.view}: ${order.orderUrl}`,
    "",
    m.footer,
  ].join("\n")

  const row = (label: string, amount: string, strong = false) =>
    `<tr><td style="padding:4px 0">${strong ? `<strong>${escapeHtml(label)}</strong>` : escapeHtml(label)}</td><td style="padding:4px 0;text-align:right">${strong ? `<strong>${escapeHtml(amount)}</strong>` : escapeHtml(amount)}</td></tr>`
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject(id))}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
<h1 style="font-size:20px">${escapeHtml(m.subject(id))}</h1>
<p>${escapeHtml(m.greeting)}</p>
<h2 style="font-size:16px">${escapeHtml(m.goods)}</h2>
<table style="width:100%;border-collapse:collapse">${lines.map((l) => row(l.label, l.amount)).join("")}</table>
<h2 style="font-size:16px">${escapeHtml(m.delivery)}</h2>
<ul>${delivery.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>
${order.address ? `<p><strong>${escapeHtml(m.address)}:</strong> ${escapeHtml(order.address)}</p>` : ""}
${p ? pickupHtml(p, m) : ""}
${customs ? `<p data-customs><strong>${escapeHtml(m.customs)}:</strong> ${escapeHtml(customs)}</p>` : ""}
<table style="width:100%;border-collapse:collapse;border-top:1px solid #e5e7eb">${totals.map((t) => row(t.label, t.amount, t.strong)).join("")}</table>
<p><a href="${escapeHtml(order.orderUrl)}">${escapeHtml(m.view)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(m.footer)}</p>
</body></html>`

  return { subject: m.subject(id), text, html }
}
