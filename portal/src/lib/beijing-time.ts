import { formatDateTime } from "../i18n/format"
import type { UiLocale } from "./types"

/**
 * Events happen in Guangzhou: staff give and read their times in Beijing time (UTC+8, no daylight saving), whatever
 * the time zone of the computer they work on. A `datetime-local` value is read and written as Beijing wall time.
 */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000

/** "2027-03-21T10:00" in Beijing → the instant, as the API takes it ("" stays "", for the backend to name the field). */
export const fromBeijingInput = (value: string) => (value ? `${value}:00+08:00` : "")

/** An instant → its Beijing wall time as a `datetime-local` value. */
export const toBeijingInput = (iso: string) => new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16)

/** An instant as a date and time in Beijing, in the portal's language (Uzbek as Uzbekistan writes it). */
export const formatBeijing = (iso: string, locale: UiLocale) => formatDateTime(iso, locale, "Asia/Shanghai")
