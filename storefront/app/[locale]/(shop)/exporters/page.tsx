import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Img } from "@/components/ui/img"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { getExporters, searchCatalog } from "@/lib/medusa"
import { regionName } from "@bozor/shared"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "exporter" })
  return {
    title: t("indexTitle"),
    alternates: localeAlternates(locale, "/exporters"),
  }
}

/** Who the goods come from: every exporter with where they are and how many products they list. */
export default async function ExportersPage({ params }: Props) {
  const locale = await routeLocale(params)
  const [t, exporters, catalog] = await Promise.all([
    getTranslations({ locale, namespace: "exporter" }),
    getExporters(locale),
    searchCatalog(locale, { pageSize: 0 }),
  ])
  const counts = new Map((catalog.facets.exporter ?? []).map((v) => [v.value, v.count]))
  return (
    <div className="py-6">
      <h1 className="mb-2 text-2xl font-bold">{t("indexTitle")}</h1>
      <p className="mb-6 max-w-3xl text-ink/80">{t("indexIntro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {exporters.map((e) => (
          <li
            key={e.handle}
            className="relative flex gap-4 rounded-2xl bg-white p-4 ring-1 ring-ink/10 hover:ring-lapis-600"
            data-testid="exporter-card"
          >
            {e.logoUrl && <Img src={e.logoUrl} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-xl" />}
            <div className="min-w-0">
              <h2 className="font-semibold">
                <Link href={`/exporters/${e.handle}`} className="after:absolute after:inset-0">
                  {e.name}
                </Link>
              </h2>
              <p className="text-sm text-ink/70">
                {e.city} · {regionName(e.region, locale)}
              </p>
              <p className="mt-1 text-sm">{t("productCount", { count: counts.get(e.handle) ?? 0 })}</p>
              {e.verified && <p className="mt-1 text-xs text-green-900">{t("verified")}</p>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
