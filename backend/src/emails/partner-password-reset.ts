import type { PartnerLocale } from "../modules/partner-access/constants"
import { escapeHtml, type RenderedEmail } from "./order-placed"

/** The password reset link of a partner portal sign-in, in the person's language. */
const MESSAGES: Record<
  PartnerLocale,
  { subject: string; body: string; choose: string; validity: (minutes: number) => string; ignore: string }
> = {
  uz: {
    subject: "Bozor: hamkorlar portali parolini tiklash",
    body: "Bozor hamkorlar portalidagi hisobingiz parolini tiklash so'raldi.",
    choose: "Yangi parol tanlang",
    validity: (minutes) => `Havola ${minutes} daqiqa amal qiladi va faqat bir marta ishlaydi.`,
    ignore: "Agar buni siz so'ramagan bo'lsangiz, xatni e'tiborsiz qoldiring: parolingiz o'zgarmaydi.",
  },
  ru: {
    subject: "Bozor: восстановление пароля портала партнёров",
    body: "Поступил запрос на сброс пароля вашего входа в портал партнёров Bozor.",
    choose: "Выберите новый пароль",
    validity: (minutes) => `Ссылка действует ${minutes} минут и срабатывает один раз.`,
    ignore: "Если вы этого не запрашивали, проигнорируйте письмо: пароль останется прежним.",
  },
  en: {
    subject: "Bozor: reset your partner portal password",
    body: "Someone asked to reset the password of your Bozor partner portal sign-in.",
    choose: "Choose a new password",
    validity: (minutes) => `The link is valid for ${minutes} minutes and works once.`,
    ignore: "If it was not you, ignore this e-mail: your password stays as it is.",
  },
  "zh-CN": {
    subject: "丝路巴扎：重置合作伙伴门户密码",
    body: "有人申请重置您在丝路巴扎合作伙伴门户的登录密码。",
    choose: "设置新密码",
    validity: (minutes) => `该链接 ${minutes} 分钟内有效，仅可使用一次。`,
    ignore: "如果不是您本人操作，请忽略此邮件，您的密码不会改变。",
  },
}

export function renderPartnerPasswordReset(input: { locale: PartnerLocale; url: string; minutes: number }): RenderedEmail {
  const m = MESSAGES[input.locale]
  const text = [m.body, "", `${m.choose}: ${input.url}`, "", m.validity(input.minutes), m.ignore].join("\n")
  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
<p>${escapeHtml(m.body)}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(m.choose)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(m.validity(input.minutes))} ${escapeHtml(m.ignore)}</p>
</body></html>`
  return { subject: m.subject, text, html }
}
