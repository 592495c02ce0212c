/** Events are held in Guangzhou: their times are shown in Beijing time (UTC+8) whatever the visitor's clock says. */
const BEIJING_TIME_ZONE = "Asia/Shanghai"

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: BEIJING_TIME_ZONE, ...options })
    formatters.set(key, f)
  }
  return f
}

/** "2027年1月16日 周六 14:00–16:00" / "Sat, 16 Jan 2027, 14:00–16:00", in Beijing time. */
export function formatEventTime(startsAt: string, endsAt: string, locale: string) {
  const day = formatter(locale, { weekday: "short", year: "numeric", month: "short", day: "numeric" })
  const time = formatter(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const sameDay = day.format(start) === day.format(end)
  return sameDay
    ? `${day.format(start)} ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`
}

/** A date (no time) in Beijing time, for a campaign's window. */
export function formatDay(at: string, locale: string) {
  return formatter(locale, { year: "numeric", month: "long", day: "numeric" }).format(new Date(at))
}
