import type { PartnerLocale } from "../modules/partner-access/constants"
import { escapeHtml, type RenderedEmail } from "./order-placed"

/** The invitation to the partner portal, in the language the inviter chose for the person. */
const MESSAGES: Record<
  PartnerLocale,
  {
    subject: (org: string) => string
    body: (org: string) => string
    campaigns: (org: string) => string
    accept: string
    validity: (days: number) => string
    ignore: string
  }
> = {
  uz: {
    subject: (org) => `Bozor: ${org} sizni hamkorlar portaliga taklif qilmoqda`,
    body: (org) => `Sizni Bozor — Xitoydagi o'zbek mahsulotlari do'konida ${org} e'lonlarini boshqarishga taklif qilishdi.`,
    campaigns: (org) =>
      `Sizni Bozor — Xitoydagi o'zbek mahsulotlari do'konida ${org} nomidan kampaniyalar va aksiyalarni boshqarishga taklif qilishdi.`,
    accept: "Taklifni qabul qiling va parol tanlang",
    validity: (days) => `Havola ${days} kun amal qiladi va faqat bir marta ishlaydi.`,
    ignore: "Agar bu taklifni kutmagan bo'lsangiz, xatni e'tiborsiz qoldiring.",
  },
  ru: {
    subject: (org) => `Bozor: ${org} приглашает вас в портал партнёров`,
    body: (org) => `Вас пригласили управлять объявлениями ${org} в Bozor — магазине узбекских товаров в Китае.`,
    campaigns: (org) => `Вас пригласили вести кампании и акции от имени: ${org} в Bozor — магазине узбекских товаров в Китае.`,
    accept: "Примите приглашение и выберите пароль",
    validity: (days) => `Ссылка действует ${days} дней и срабатывает один раз.`,
    ignore: "Если вы не ждали этого приглашения, просто проигнорируйте письмо.",
  },
  en: {
    subject: (org) => `Bozor: ${org} invites you to the partner portal`,
    body: (org) => `You are invited to manage the listings of ${org} on Bozor, the shop for Uzbek goods in China.`,
    campaigns: (org) => `You are invited to run campaigns and promotions for ${org} on Bozor, the shop for Uzbek goods in China.`,
    accept: "Accept the invitation and choose your password",
    validity: (days) => `The link is valid for ${days} days and works once.`,
    ignore: "If you did not expect this invitation, you can ignore this e-mail.",
  },
  "zh-CN": {
    subject: (org) => `丝路巴扎：${org} 邀请您加入合作伙伴门户`,
    body: (org) => `您受邀在丝路巴扎（面向中国的乌兹别克斯坦商品商店）管理 ${org} 的商品。`,
    campaigns: (org) => `您受邀在丝路巴扎（面向中国的乌兹别克斯坦商品商店）代表 ${org} 管理活动与促销。`,
    accept: "接受邀请并设置密码",
    validity: (days) => `该链接 ${days} 天内有效，仅可使用一次。`,
    ignore: "如果您没有预期收到此邀请，请忽略此邮件。",
  },
}

/** `purpose`: what the person will do — an exporter's listings, or the consulate's campaigns. */
export function renderPartnerInvitation(input: {
  locale: PartnerLocale
  organisation: string
  url: string
  days: number
  purpose?: "listings" | "campaigns"
}): RenderedEmail {
  const m = MESSAGES[input.locale]
  const subject = m.subject(input.organisation)
  const body = (input.purpose === "campaigns" ? m.campaigns : m.body)(input.organisation)
  const text = [body, "", `${m.accept}: ${input.url}`, "", m.validity(input.days), m.ignore].join("\n")
  const html = `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;max-width:560px;margin:auto">
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(m.accept)}</a></p>
<p style="color:#6b7280;font-size:12px">${escapeHtml(m.validity(input.days))} ${escapeHtml(m.ignore)}</p>
</body></html>`
  return { subject, text, html }
}
