import { emailLocale, escapeHtml, type RenderedEmail } from "./order-placed"

/** The link to choose a new password, sent when someone asks for it on the sign-in page (the shop's or the admin's). */
const MESSAGES = {
  "zh-CN": {
    subject: "丝路巴扎：重设密码",
    body: (minutes: number) => `您申请了重设丝路巴扎账户的密码。请在 ${minutes} 分钟内打开下面的链接设置新密码；链接只能使用一次。`,
    action: "设置新密码",
    ignore: "如果不是您本人申请，请忽略此邮件，您的密码不会改变。",
  },
  en: {
    subject: "Bozor: reset your password",
    body: (minutes: number) =>
      `You asked to reset the password of your Bozor account. Open the link below within ${minutes} minutes to choose a new one; it works once.`,
    action: "Choose a new password",
    ignore: "If you did not ask for it, ignore this e-mail: your password stays as it is.",
  },
} as const

export function renderPasswordReset(input: { locale: string | null; url: string; minutes: number }): RenderedEmail {
  const locale = emailLocale(input.locale)
  const m = MESSAGES[locale]
  const text = [m.body(input.minutes), "", `${m.action}: ${input.url}`, "", m.ignore].join("\n")
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
<p>${escapeHtml(m.body(input.minutes))}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(m.action)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(m.ignore)}</p>
</body></html>`
  return { subject: m.subject, text, html }
}
