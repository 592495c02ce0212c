import type { Metadata } from "next"
import { Img } from "@/components/ui/img"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { CatalogView } from "@/components/catalog/catalog-view"
import { routeLocale } from "@/i18n/locale"
import { parseCatalogParams, type Params } from "@/lib/catalog-params"
import { getExporter, getExporterNames, searchCatalog } from "@/lib/medusa"
import { regionName } from "@bozor/shared"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<Params> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const exporter = await getExporter(locale, handle)
  return exporter ? { title: exporter.name, description: exporter.story?.slice(0, 160) } : {}
}

/** An exporter's public page: who they are, where from, and what they sell. Their story is plain text, never markup. */
export default async function ExporterPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { handle } = await params
  const exporter = await getExporter(locale, handle)
  if (!exporter) notFound()
  const t = await getTranslations({ locale, namespace: "exporter" })
  const sp = await searchParams
  const query = { ...parseCatalogParams(sp), exporter: handle }
  const [results, exporterNames] = await Promise.all([searchCatalog(locale, query), getExporterNames(locale)])
  return (
    <div className="py-6">
      <header className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-center">
        {exporter.logoUrl && <Img src={exporter.logoUrl} alt="" width={96} height={96} className="rounded-2xl" />}
        <div>
          <h1 className="text-2xl font-bold" data-testid="exporter-name">
            {exporter.name}
          </h1>
          <p className="text-ink/70">
            {exporter.city} · {regionName(exporter.region, locale)}
            {exporter.foundedYear ? ` · ${t("founded", { year: exporter.foundedYear })}` : ""}
          </p>
          {exporter.verified && <p className="mt-1 text-sm text-green-900">{t("verified")}</p>}
          {exporter.gaccNumber && <p className="text-sm text-ink/70">{t("gacc", { number: exporter.gaccNumber })}</p>}
        </div>
      </header>
      {exporter.story && <p className="mb-8 max-w-3xl whitespace-pre-line leading-relaxed">{exporter.story}</p>}
      <h2 className="mb-4 text-xl font-semibold">{t("products")}</h2>
      <CatalogView
        locale={locale}
        pathname={`/exporters/${handle}`}
        params={sp}
        query={query}
        results={results}
        exporterNames={exporterNames}
      />
    </div>
  )
}
