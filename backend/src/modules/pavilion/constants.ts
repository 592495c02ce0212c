/** The shop's two languages: every text the consulate publishes is written in both. */
export const CONTENT_LOCALES = ["zh-CN", "en"] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]
export type LocalizedText = Record<ContentLocale, string>

export const PUBLICATION_STATUSES = ["draft", "published"] as const
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]

/** Where an event takes place: the Guangzhou exhibition-and-sales centre, or online (a livestream). */
export const EVENT_PLACES = ["centre", "online"] as const
export type EventPlace = (typeof EVENT_PLACES)[number]

/** The pavilion page is one record; its id is fixed so every reader and writer finds the same row. */
export const PAVILION_PAGE_ID = "pavilion_uz"

/** Events are given and shown in Beijing time (UTC+8, no daylight saving). */
export const BEIJING_TIME_ZONE = "Asia/Shanghai"
