import { getTranslations } from "next-intl/server"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { calendarFile } from "@/lib/ics"
import { getEvent, getPavilion } from "@/lib/medusa/content"

/** An upcoming event as a calendar file (.ics), in the language asked for; a past or unknown event is a 404. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const asked = request.nextUrl.searchParams.get("locale") ?? routing.defaultLocale
  const locale = (routing.locales as readonly string[]).includes(asked) ? asked : routing.defaultLocale
  const event = /^[a-zA-Z0-9_]{1,64}$/.test(id) ? await getEvent(locale, id) : null
  if (!event) return NextResponse.json({ message: "No upcoming event with this id" }, { status: 404 })
  const t = await getTranslations({ locale, namespace: "events" })
  const centre = event.place === "centre" ? (await getPavilion(locale))?.centre.address : null
  const body = calendarFile({
    uid: `${event.id}@bozor`,
    title: event.title,
    description: event.body,
    location: event.place === "online" ? (event.onlineUrl ?? t("online")) : (centre ?? t("atCentre")),
    url: event.onlineUrl,
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
  })
  return new NextResponse(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="bozor-${event.id}.ics"`,
      "cache-control": "public, max-age=300",
    },
  })
}
