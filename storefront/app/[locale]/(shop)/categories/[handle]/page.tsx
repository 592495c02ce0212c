import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { CatalogView } from "@/components/catalog/catalog-view"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { parseCatalogParams, type Params } from "@/lib/catalog-params"
import { categoryPath, categoryTree } from "@/lib/category-tree"
import { getCategories, getExporterNames, searchCatalog } from "@/lib/medusa"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<Params> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const category = (await getCategories(locale)).find((c) => c.handle === handle)
  return category
    ? {
        title: category.name,
        alternates: localeAlternates(locale, `/categories/${handle}`),
      }
    : {}
}

/** A category lists its whole subtree (search documents carry every ancestor of their categories) and offers its sub-categories to narrow by. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { handle } = await params
  const categories = await getCategories(locale)
  const path = categoryPath(categories, handle)
  const category = path.at(-1)
  if (!category) notFound()
  const sp = await searchParams
  const query = { ...parseCatalogParams(sp), category: handle }
  const [t, tp, results, exporterNames] = await Promise.all([
    getTranslations({ locale, namespace: "catalog" }),
    getTranslations({ locale, namespace: "product" }),
    searchCatalog(locale, query),
    getExporterNames(locale),
  ])
  // The sub-categories of the top of this branch: on a sub-category's page, its siblings and the way back up.
  const top = categoryTree(categories).find((c) => c.id === path[0].id)!
  const counts = new Map((results.facets.categories ?? []).map((v) => [v.value, v.count]))
  const chip = (current: boolean) =>
    `block rounded-full px-3 py-1 ring-1 ${current ? "bg-lapis-800 text-white ring-lapis-800" : "bg-white ring-ink/15 hover:bg-saffron-100"}`
  return (
    <div className="py-6">
      {path.length > 1 && (
        <nav aria-label={tp("breadcrumb")} className="mb-2 text-sm text-ink/70" data-testid="breadcrumb">
          <Link href="/">{tp("home")}</Link>
          {path.slice(0, -1).map((c) => (
            <span key={c.id}>
              {" / "}
              <Link href={`/categories/${c.handle}`}>{c.name}</Link>
            </span>
          ))}
        </nav>
      )}
      <h1 className="mb-4 text-2xl font-bold">{category.name}</h1>
      {top.children.length > 0 && (
        <nav aria-label={t("subcategories")} className="mb-6 text-sm" data-testid="subcategories">
          <ul className="flex gap-2 overflow-x-auto whitespace-nowrap p-1 sm:flex-wrap">
            <li>
              <Link
                href={`/categories/${top.handle}`}
                aria-current={top.handle === handle ? "page" : undefined}
                className={chip(top.handle === handle)}
              >
                {t("allInCategory")} · {top.name}
              </Link>
            </li>
            {top.children.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/categories/${c.handle}`}
                  aria-current={c.handle === handle ? "page" : undefined}
                  className={chip(c.handle === handle)}
                  data-testid="subcategory-link"
                >
                  {c.name}
                  {top.handle === handle && counts.has(c.handle) && <span className="ml-1 opacity-70">{counts.get(c.handle)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <CatalogView
        locale={locale}
        pathname={`/categories/${handle}`}
        params={sp}
        query={query}
        results={results}
        exporterNames={exporterNames}
      />
    </div>
  )
}
