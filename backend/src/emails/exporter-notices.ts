import type { PartnerLocale } from "../modules/partner-access/constants"
import { escapeHtml, type RenderedEmail } from "./order-placed"

/**
 * What Bozor tells an exporter's people by e-mail, in each person's language:
 * a listing approved or sent back (with the reviewer's reason), stock running
 * low, new order lines of their products. Never anything about the buyer.
 */

export interface OrderLineNotice {
  title: string
  variant: string | null
  sku: string | null
  quantity: number
}

const T = {
  approved: {
    uz: {
      subject: (t: string) => `Bozor: "${t}" tasdiqlandi`,
      body: (t: string) => `"${t}" e'loni tasdiqlandi va endi do'konda ko'rinadi.`,
      open: "E'lonni ochish",
    },
    ru: {
      subject: (t: string) => `Bozor: «${t}» одобрено`,
      body: (t: string) => `Объявление «${t}» одобрено и теперь видно в магазине.`,
      open: "Открыть объявление",
    },
    en: {
      subject: (t: string) => `Bozor: "${t}" is approved`,
      body: (t: string) => `Your listing "${t}" was approved and is now in the shop.`,
      open: "Open the listing",
    },
    "zh-CN": {
      subject: (t: string) => `丝路巴扎：“${t}”已通过审核`,
      body: (t: string) => `您的商品“${t}”已通过审核，现已在商店上架。`,
      open: "查看商品",
    },
  },
  changes_requested: {
    uz: {
      subject: (t: string) => `Bozor: "${t}" uchun o'zgartirishlar so'raldi`,
      body: (t: string) => `Operator "${t}" e'lonini qaytardi. Sabab:`,
      open: "E'lonni tahrirlash",
    },
    ru: {
      subject: (t: string) => `Bozor: «${t}» нужно доработать`,
      body: (t: string) => `Оператор вернул объявление «${t}» на доработку. Причина:`,
      open: "Изменить объявление",
    },
    en: {
      subject: (t: string) => `Bozor: changes requested for "${t}"`,
      body: (t: string) => `An operator sent your listing "${t}" back. The reason:`,
      open: "Edit the listing",
    },
    "zh-CN": {
      subject: (t: string) => `丝路巴扎：“${t}”需要修改`,
      body: (t: string) => `运营人员退回了您的商品“${t}”。原因：`,
      open: "编辑商品",
    },
  },
  low_stock: {
    uz: {
      subject: (t: string) => `Bozor: "${t}" zaxirasi kam qoldi`,
      body: (t: string, n: number, at: string, min: number) =>
        `"${t}" dan ${at} omborida ${n} dona qoldi (chegara: ${min}). Yangi partiya yetkazishni rejalashtiring.`,
      open: "Zaxirani ko'rish",
    },
    ru: {
      subject: (t: string) => `Bozor: заканчивается «${t}»`,
      body: (t: string, n: number, at: string, min: number) =>
        `На складе «${at}» осталось ${n} шт. «${t}» (порог: ${min}). Запланируйте новую поставку.`,
      open: "Посмотреть остатки",
    },
    en: {
      subject: (t: string) => `Bozor: "${t}" is running low`,
      body: (t: string, n: number, at: string, min: number) => `${n} left of "${t}" at ${at} (threshold: ${min}). Plan your next delivery.`,
      open: "See the stock",
    },
    "zh-CN": {
      subject: (t: string) => `丝路巴扎：“${t}”库存不足`,
      body: (t: string, n: number, at: string, min: number) => `“${t}”在${at}仅剩 ${n} 件（阈值：${min}）。请安排补货。`,
      open: "查看库存",
    },
  },
  order_lines: {
    uz: {
      subject: (o: string) => `Bozor: #${o} buyurtmada mahsulotlaringiz`,
      body: "Yangi buyurtmada sizning mahsulotlaringiz bor. Bozor operatorlari uni jo'natadi.",
      qty: "dona",
      open: "Sotuvlarni ochish",
    },
    ru: {
      subject: (o: string) => `Bozor: ваши товары в заказе №${o}`,
      body: "В новом заказе есть ваши товары. Отправят его операторы Bozor.",
      qty: "шт.",
      open: "Открыть продажи",
    },
    en: {
      subject: (o: string) => `Bozor: your products in order #${o}`,
      body: "A new order has lines of your products. Bozor's operators will fulfil it.",
      qty: "×",
      open: "Open your sales",
    },
    "zh-CN": {
      subject: (o: string) => `丝路巴扎：订单 #${o} 含有您的商品`,
      body: "新订单中包含您的商品，将由丝路巴扎运营人员发货。",
      qty: "件",
      open: "查看销售",
    },
  },
} as const

function html(locale: PartnerLocale, subject: string, paragraphs: string[], link: { url: string; label: string }): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
${paragraphs.map((p) => `<p style="white-space:pre-line">${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>
</body></html>`
}

export function renderListingReviewed(input: {
  locale: PartnerLocale
  decision: "approved" | "changes_requested"
  title: string
  reason: string | null
  url: string
}): RenderedEmail {
  const m = T[input.decision][input.locale]
  const subject = m.subject(input.title)
  const paragraphs = input.decision === "changes_requested" ? [m.body(input.title), input.reason ?? ""] : [m.body(input.title)]
  return {
    subject,
    text: [...paragraphs, "", `${m.open}: ${input.url}`].join("\n"),
    html: html(input.locale, subject, paragraphs, { url: input.url, label: m.open }),
  }
}

export function renderLowStock(input: {
  locale: PartnerLocale
  title: string
  available: number
  location: string
  threshold: number
  url: string
}): RenderedEmail {
  const m = T.low_stock[input.locale]
  const subject = m.subject(input.title)
  const body = m.body(input.title, input.available, input.location, input.threshold)
  return {
    subject,
    text: [body, "", `${m.open}: ${input.url}`].join("\n"),
    html: html(input.locale, subject, [body], { url: input.url, label: m.open }),
  }
}

export function renderOrderLines(input: {
  locale: PartnerLocale
  displayId: string
  lines: OrderLineNotice[]
  url: string
}): RenderedEmail {
  const m = T.order_lines[input.locale]
  const subject = m.subject(input.displayId)
  const lines = input.lines.map(
    (l) => `${l.title}${l.variant ? ` · ${l.variant}` : ""}${l.sku ? ` (${l.sku})` : ""} — ${l.quantity} ${m.qty}`,
  )
  return {
    subject,
    text: [m.body, "", ...lines, "", `${m.open}: ${input.url}`].join("\n"),
    html: html(input.locale, subject, [m.body, lines.join("\n")], { url: input.url, label: m.open }),
  }
}
