import { partnerLocale, type PartnerLocale } from "../partner-access/constants"

/**
 * What the consulate's console is told, in its four languages. Each message
 * starts with the field it is about (the portal puts it beside that field);
 * `{name}` placeholders are filled in.
 */
const MESSAGES = {
  suspended: {
    uz: "Hisobingiz Bozor operatorlari tomonidan to'xtatilgan. Batafsil ma'lumot uchun Bozor bilan bog'laning.",
    ru: "Ваша учётная запись приостановлена операторами Bozor. Свяжитесь с Bozor, чтобы узнать подробности.",
    en: "Your account has been suspended by Bozor's operators. Please contact Bozor for details.",
    "zh-CN": "您的账户已被丝路巴扎运营方暂停。详情请联系丝路巴扎。",
  },
  code_format: {
    uz: "code: «{code}» 3–30 ta lotin bosh harfi, raqam yoki chiziqchadan iborat bo'lishi kerak (masalan, NAVRUZ15).",
    ru: "code: «{code}» — код должен состоять из 3–30 заглавных латинских букв, цифр или дефисов (например, NAVRUZ15).",
    en: 'code: "{code}" must be 3 to 30 capital Latin letters, digits or hyphens (for example NAVRUZ15).',
    "zh-CN": "code：“{code}”须为3至30位大写拉丁字母、数字或连字符（例如 NAVRUZ15）。",
  },
  code_taken: {
    uz: "code: {code} kodi boshqa aksiyada allaqachon ishlatilgan — boshqasini tanlang.",
    ru: "code: код {code} уже занят другой акцией — выберите другой.",
    en: "code: {code} is already used by another promotion — choose another.",
    "zh-CN": "code：优惠码 {code} 已被其他促销使用，请另选一个。",
  },
  identifier_taken: {
    uz: "identifier: «{identifier}» identifikatori boshqa kampaniyada band.",
    ru: "identifier: идентификатор «{identifier}» уже занят другой кампанией.",
    en: 'identifier: "{identifier}" is already used by another campaign.',
    "zh-CN": "identifier：标识“{identifier}”已被其他活动使用。",
  },
  window: {
    uz: "ends_at: tugash vaqti boshlanish vaqtidan keyin bo'lishi kerak.",
    ru: "ends_at: окончание должно быть позже начала.",
    en: "ends_at must be after starts_at.",
    "zh-CN": "ends_at：结束时间必须晚于开始时间。",
  },
  budget_below_used: {
    uz: "budget.limit: byudjet allaqachon sarflangandan ({used}) kam bo'lishi mumkin emas.",
    ru: "budget.limit: бюджет не может быть меньше уже израсходованного ({used}).",
    en: "budget.limit cannot be below what is already spent ({used}).",
    "zh-CN": "budget.limit：预算不能低于已使用的额度（{used}）。",
  },
  campaign_not_found: {
    uz: "campaign_id: konsullikning {id} kampaniyasi topilmadi.",
    ru: "campaign_id: у консульства нет кампании {id}.",
    en: "campaign_id: the consulate has no campaign {id}.",
    "zh-CN": "campaign_id：领馆没有活动 {id}。",
  },
  promotion_not_found: {
    uz: "Konsullikning {id} aksiyasi topilmadi.",
    ru: "У консульства нет акции {id}.",
    en: "The consulate has no promotion {id}.",
    "zh-CN": "领馆没有促销 {id}。",
  },
  exporter_without_products: {
    uz: "targets.exporter_ids: {id} eksportyorining sotuvdagi mahsulotlari yo'q.",
    ru: "targets.exporter_ids: у экспортёра {id} нет товаров в продаже.",
    en: "targets.exporter_ids: exporter {id} has no products on sale.",
    "zh-CN": "targets.exporter_ids：出口商 {id} 没有在售商品。",
  },
  unknown_targets: {
    uz: "targets.{field}: bunday yozuvlar yo'q: {ids}.",
    ru: "targets.{field}: таких записей нет: {ids}.",
    en: "targets.{field}: no such records: {ids}.",
    "zh-CN": "targets.{field}：不存在这些记录：{ids}。",
  },
  product_not_found: {
    uz: "product_id: {id} mahsuloti topilmadi.",
    ru: "product_id: товара {id} нет.",
    en: "product_id: there is no product {id}.",
    "zh-CN": "product_id：商品 {id} 不存在。",
  },
  already_nominated: {
    uz: "product_id: bu mahsulot kampaniyaga allaqachon taklif qilingan yoki unda bor.",
    ru: "product_id: этот товар уже приглашён в кампанию или уже в ней.",
    en: "product_id: this product is already invited to the campaign or featured in it.",
    "zh-CN": "product_id：该商品已受邀参加此活动或已在活动中。",
  },
  nomination_answered: {
    uz: "Bu taklifga allaqachon javob berilgan ({status}).",
    ru: "На это приглашение уже ответили ({status}).",
    en: "This invitation has already been answered ({status}).",
    "zh-CN": "该邀请已答复（{status}）。",
  },
  nomination_not_found: {
    uz: "{id} taklifi topilmadi.",
    ru: "Приглашения {id} нет.",
    en: "There is no invitation {id}.",
    "zh-CN": "邀请 {id} 不存在。",
  },
  report_period: {
    uz: "to: davr oxiri boshidan keyin va 400 kundan oshmasligi kerak.",
    ru: "to: конец периода должен быть позже начала, а период — не длиннее 400 дней.",
    en: "to must be after from, and the period at most 400 days.",
    "zh-CN": "to：结束日期须晚于开始日期，且期间不超过400天。",
  },
} satisfies Record<string, Record<PartnerLocale, string>>

export type ConsulateMessageKey = keyof typeof MESSAGES

export function consulateMessage(
  locale: string | null | undefined,
  key: ConsulateMessageKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = MESSAGES[key][partnerLocale(locale)]
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`))
}
