import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogView } from "@/components/catalog/catalog-view"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { parseCatalogParams, type Params } from "@/lib/catalog-params"
import { getCollections, getExporterNames, searchCatalog } from "@/lib/medusa"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<Params> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const collection = (await getCollections(locale)).find((c) => c.handle === handle)
  return collection
    ? {
        title: collection.title,
        alternates: localeAlternates(locale, `/collections/${handle}`),
      }
    : {}
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { handle } = await params
  const collection = (await getCollections(locale)).find((c) => c.handle === handle)
  if (!collection) notFound()
  const sp = await searchParams
  const query = { ...parseCatalogParams(sp), collection: handle }
  const [results, exporterNames] = await Promise.all([searchCatalog(locale, query), getExporterNames(locale)])
  return (
    <div className="py-6">
      <h1 className="mb-6 text-2xl font-bold">{collection.title}</h1>
      <CatalogView
        locale={locale}
        pathname={`/collections/${handle}`}
        params={sp}
        query={query}
        results={results}
        exporterNames={exporterNames}
      />
    </div>
  )
}
