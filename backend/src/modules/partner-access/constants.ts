/**
 * What every partner actor (exporter people now, consulate staff next) shares:
 * the languages of the portal and its e-mails, the roles within an
 * organisation, and how long an invitation stays valid.
 */
export const PARTNER_LOCALES = ["uz", "ru", "en", "zh-CN"] as const
export type PartnerLocale = (typeof PARTNER_LOCALES)[number]

export const PARTNER_ROLES = ["owner", "member"] as const
export type PartnerRole = (typeof PARTNER_ROLES)[number]

export const INVITATION_TTL_DAYS = 7

/** The locale a request or a stored value names, or `fallback` when it names none of ours ("uz-Latn" → "uz", "ru-RU" → "ru"). */
export function partnerLocale(value: string | null | undefined, fallback: PartnerLocale = "en"): PartnerLocale {
  const v = (value ?? "").toLowerCase()
  if (v.startsWith("zh")) return "zh-CN"
  for (const locale of ["uz", "ru", "en"] as const) if (v.startsWith(locale)) return locale
  return fallback
}
