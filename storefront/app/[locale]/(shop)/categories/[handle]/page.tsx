import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CatalogView } from "@/components/catalog/catalog-view"
import { routeLocale } from "@/i18n/locale"
import { routing } from "@/i18n/routing"
import { parseCatalogParams, type Params } from "@/lib/catalog-params"
import { getCategories, getExporterNames, searchCatalog } from "@/lib/medusa"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<Params> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const category = (await getCategories(locale)).find((c) => c.handle === handle)
  return category
    ? { title: category.name, alternates: { canonical: `/${locale}/categories/${handle}`, languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}/categories/${handle}`])) } }
    : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { handle } = await params
  const category = (await getCategories(locale)).find((c) => c.handle === handle)
  if (!category) notFound()
  const sp = await searchParams
  const query = { ...parseCatalogParams(sp), category: handle }
  const [results, exporterNames] = await Promise.all([searchCatalog(locale, query), getExporterNames(locale)])
  return (
    <div className="py-6">
      <h1 className="mb-6 text-2xl font-bold">{category.name}</h1>
      <CatalogView locale={locale} pathname={`/categories/${handle}`} params={sp} query={query} results={results} exporterNames={exporterNames} />
    </div>
  )
}
