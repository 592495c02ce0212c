import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { CampaignStrip } from "@/components/campaign/campaign-strip"
import { EventList } from "@/components/pavilion/event-list"
import { ExporterList } from "@/components/pavilion/exporter-list"
import { RegionMap } from "@/components/pavilion/region-map"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { getExporters } from "@/lib/medusa"
import { getActiveCampaigns, getPavilion, getUpcomingEvents } from "@/lib/medusa/content"

type Props = { params: Promise<{ locale: string }>; searchParams?: Promise<Record<string, string>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "pavilion" })
  return {
    title: t("title"),
    alternates: localeAlternates(locale, "/pavilion"),
  }
}

/**
 * Uzbekistan's national pavilion: the country's story, its regions (each leading to its goods), the exporters the
 * consulate verified (its featured ones first), the events to come, the campaigns running, and the Guangzhou centre.
 */
export default async function PavilionPage({ params }: Props) {
  const locale = await routeLocale(params)
  const [t, pavilion, exporters, events, campaigns] = await Promise.all([
    getTranslations({ locale, namespace: "pavilion" }),
    getPavilion(locale),
    getExporters(locale),
    getUpcomingEvents(locale),
    getActiveCampaigns(locale),
  ])
  const featured = new Set(pavilion?.featuredExporterIds ?? [])
  const rank = (id: string) => (featured.has(id) ? pavilion!.featuredExporterIds.indexOf(id) : Number.MAX_SAFE_INTEGER)
  const verified = exporters.filter((e) => e.verified).sort((a, b) => rank(a.id) - rank(b.id))
  return (
    <div className="py-6" data-testid="pavilion-page">
      <section className="rounded-3xl bg-gradient-to-br from-lapis-800 to-lapis-600 px-6 py-10 text-white sm:px-12">
        <p className="text-sm uppercase tracking-wide opacity-90">{t("kicker")}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        {pavilion?.story && (
          <p className="mt-4 max-w-3xl whitespace-pre-line leading-relaxed" data-testid="pavilion-story">
            {pavilion.story}
          </p>
        )}
      </section>
      <section className="mt-8" aria-labelledby="regions">
        <h2 id="regions" className="mb-4 text-2xl font-semibold">
          {t("regionsTitle")}
        </h2>
        <div className="rounded-3xl bg-white p-4 ring-1 ring-ink/10">
          <RegionMap locale={locale} />
        </div>
      </section>
      <div className="mt-8">
        <CampaignStrip campaigns={campaigns} locale={locale} />
      </div>
      <section className="mt-8" aria-labelledby="exporters">
        <h2 id="exporters" className="mb-4 text-2xl font-semibold">
          {t("exportersTitle")}
        </h2>
        <ExporterList exporters={verified} locale={locale} />
      </section>
      <section className="mt-8" aria-labelledby="events">
        <h2 id="events" className="mb-4 text-2xl font-semibold">
          {t("eventsTitle")}
        </h2>
        <EventList events={events} locale={locale} />
      </section>
      {pavilion && (
        <section className="mt-8 rounded-3xl bg-white p-6 ring-1 ring-ink/10" aria-labelledby="centre" data-testid="centre">
          <h2 id="centre" className="text-2xl font-semibold">
            {t("centreTitle")}
          </h2>
          <dl className="mt-4 grid gap-3 sm:grid-cols-3">
            <div>
              <dt className="text-sm text-ink/70">{t("address")}</dt>
              <dd>{pavilion.centre.address}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink/70">{t("hours")}</dt>
              <dd>{pavilion.centre.hours}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink/70">{t("pickup")}</dt>
              <dd>{pavilion.centre.pickup}</dd>
            </div>
          </dl>
          <h3 className="mt-6 text-lg font-semibold">{t("centreEvents")}</h3>
          <div className="mt-2">
            <EventList events={events.filter((e) => e.place === "centre")} locale={locale} />
          </div>
        </section>
      )}
    </div>
  )
}
