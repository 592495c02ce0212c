import type { UiLocale } from "../lib/types"

/** Intl's tag for each portal language: Uzbek in Latin script. */
const INTL_TAGS: Record<UiLocale, string> = { uz: "uz-Latn-UZ", ru: "ru-RU", en: "en-GB", "zh-CN": "zh-CN" }

const intlTag = (locale: UiLocale) => INTL_TAGS[locale]

export const formatCny = (amount: number, locale: UiLocale) =>
  new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CNY" }).format(amount)

/**
 * Uzbek dates as Uzbekistan writes them (03.12.2026), built from Intl's parts: browsers without Uzbek locale data
 * (Debian's Chromium) would otherwise print ICU's fallback, "2026 M12 3".
 */
function uzbekDate(date: Date, withTime: boolean, timeZone?: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("uz-Latn-UZ", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  const day = `${parts.day}.${parts.month}.${parts.year}`
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day
}

export const formatDate = (iso: string, locale: UiLocale) =>
  locale === "uz"
    ? uzbekDate(new Date(iso), false)
    : new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium" }).format(new Date(iso))

/** A date and time in the portal's language; in the computer's time zone unless one is given (events: Beijing's). */
export const formatDateTime = (iso: string, locale: UiLocale, timeZone?: string) =>
  locale === "uz"
    ? uzbekDate(new Date(iso), true, timeZone)
    : new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso))

export const formatNumber = (value: number, locale: UiLocale) => new Intl.NumberFormat(intlTag(locale)).format(value)

/** File sizes in MB with one decimal, as the upload checks name them. */
export const formatMegabytes = (bytes: number, locale: UiLocale) =>
  `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
