import { partnerLocale, type PartnerLocale } from "../../modules/partner-access/constants"

/** What the consulate API says to staff, in the console's four languages; `{name}` placeholders are filled in. */
const MESSAGES = {
  suspended: {
    uz: "Hisobingiz Bozor operatorlari tomonidan to'xtatilgan. Batafsil ma'lumot uchun Bozor bilan bog'laning.",
    ru: "Ваша учётная запись приостановлена операторами Bozor. Свяжитесь с Bozor, чтобы узнать подробности.",
    en: "Your account has been suspended by Bozor's operators. Please contact Bozor for details.",
    "zh-CN": "您的账户已被丝路巴扎运营方暂停。详情请联系丝路巴扎。",
  },
} satisfies Record<string, Record<PartnerLocale, string>>

export type ConsulateMessageKey = keyof typeof MESSAGES

export function consulateMessage(locale: string | null | undefined, key: ConsulateMessageKey, values: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[key][partnerLocale(locale)]
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`))
}
