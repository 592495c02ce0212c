import { emailLocale, escapeHtml, type RenderedEmail } from "./order-placed"

/** A fresh link to an order's page, sent to the order's own e-mail address on request. */
const MESSAGES = {
  "zh-CN": {
    subject: (id: string) => `丝路巴扎：订单 #${id} 的查看链接`,
    body: (days: number) => `您申请了查看订单的链接。该链接 ${days} 天内有效，请勿转发给他人。`,
    view: "查看订单",
    ignore: "如果不是您本人申请，请忽略此邮件。",
  },
  en: {
    subject: (id: string) => `Bozor: a link to order #${id}`,
    body: (days: number) => `You asked for a link to your order. It is valid for ${days} days; please do not forward it.`,
    view: "View your order",
    ignore: "If you did not ask for it, you can ignore this e-mail.",
  },
} as const

export function renderOrderAccessLink(input: {
  displayId: number | string
  locale: string | null
  url: string
  days: number
}): RenderedEmail {
  const m = MESSAGES[emailLocale(input.locale)]
  const id = String(input.displayId)
  const text = [m.body(input.days), "", `${m.view}: ${input.url}`, "", m.ignore].join("\n")
  const html = `<!doctype html>
<html lang="${emailLocale(input.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject(id))}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
<p>${escapeHtml(m.body(input.days))}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(m.view)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(m.ignore)}</p>
</body></html>`
  return { subject: m.subject(id), text, html }
}
