import { getTranslations } from "next-intl/server"
import { formatEventTime } from "@/lib/beijing-time"
import type { PavilionEvent } from "@/lib/medusa/types"

/** Upcoming events, soonest first: when (Beijing time), where, what, and a calendar file to add it to one's own calendar. */
export async function EventList({ events, locale }: { events: PavilionEvent[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "events" })
  if (!events.length) return <p className="text-ink/70">{t("none")}</p>
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id} className="rounded-2xl bg-white p-4 ring-1 ring-ink/10" data-testid="event">
          <p className="text-sm font-medium text-saffron-700">
            <time dateTime={e.startsAt}>{formatEventTime(e.startsAt, e.endsAt, locale)}</time> {t("beijingTime")}
          </p>
          <h3 className="mt-1 text-lg font-semibold">{e.title}</h3>
          <p className="text-sm text-ink/70">{e.place === "centre" ? t("atCentre") : t("online")}</p>
          <p className="mt-2 text-sm leading-relaxed">{e.body}</p>
          <a
            href={`/api/events/${e.id}?locale=${locale}`}
            download
            className="mt-3 inline-block text-sm font-medium text-lapis-800 underline"
            data-testid="event-ics"
          >
            {t("addToCalendar")}
          </a>
        </li>
      ))}
    </ol>
  )
}
