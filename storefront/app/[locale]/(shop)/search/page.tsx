import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { CatalogView } from "@/components/catalog/catalog-view"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { parseCatalogParams, type Params } from "@/lib/catalog-params"
import { getExporterNames, searchCatalog } from "@/lib/medusa"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Params> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "search" })
  const q = (await searchParams).q
  return { title: q ? t("titleFor", { q: String(q) }) : t("title"), robots: { index: false } }
}

const SUGGESTIONS = { "zh-CN": ["蜂蜜", "杏干", "核桃", "皮鞋"], en: ["honey", "apricots", "walnuts", "leather shoes"] }

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "search" })
  const sp = await searchParams
  const query = { ...parseCatalogParams(sp), highlight: true }
  const [results, exporterNames] = await Promise.all([searchCatalog(locale, query), getExporterNames(locale)])
  return (
    <div className="py-6">
      <h1 className="mb-6 text-2xl font-bold wrap-anywhere" data-testid="search-title">
        {query.q ? t("titleFor", { q: query.q }) : t("title")}
      </h1>
      {results.count === 0 && (
        <div className="mb-6 rounded-2xl bg-white p-4 ring-1 ring-ink/10 wrap-anywhere" data-testid="no-results-help">
          <p>{t("noResults", { q: query.q ?? "" })}</p>
          <p className="mt-2 text-sm">{t("try")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {SUGGESTIONS[locale === "en" ? "en" : "zh-CN"].map((s) => (
              <li key={s}>
                <Link href={{ pathname: "/search", query: { q: s } }} className="rounded-full bg-saffron-100 px-3 py-1 text-sm">
                  {s}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <CatalogView locale={locale} pathname="/search" params={sp} query={query} results={results} exporterNames={exporterNames} />
    </div>
  )
}
