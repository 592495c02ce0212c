import type { UiLocale } from "../lib/types"

/** Intl's tag for each portal language: Uzbek in Latin script. */
const INTL_TAGS: Record<UiLocale, string> = { uz: "uz-Latn-UZ", ru: "ru-RU", en: "en-GB", "zh-CN": "zh-CN" }

export const intlTag = (locale: UiLocale) => INTL_TAGS[locale]

export const formatCny = (amount: number, locale: UiLocale) =>
  new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CNY" }).format(amount)

export const formatDate = (iso: string, locale: UiLocale) =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium" }).format(new Date(iso))

export const formatDateTime = (iso: string, locale: UiLocale) =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))

export const formatNumber = (value: number, locale: UiLocale) => new Intl.NumberFormat(intlTag(locale)).format(value)

/** File sizes in MB with one decimal, as the upload checks name them. */
export const formatMegabytes = (bytes: number, locale: UiLocale) =>
  `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
