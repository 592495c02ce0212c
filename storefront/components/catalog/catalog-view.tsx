import { getTranslations } from "next-intl/server"
import { ProductGrid } from "@/components/product/product-grid"
import { Link } from "@/i18n/navigation"
import { activeFilterCount, toggleParam, withParam, type Params } from "@/lib/catalog-params"
import type { CatalogQuery } from "@/lib/medusa"
import type { SearchResults } from "@/lib/medusa/types"
import { FilterSheet } from "./filter-sheet"
import { regionName } from "@bozor/shared"

const PAGE_SIZE = 24
const FACETS: { field: string; param: string; label: string }[] = [
  { field: "origin_region", param: "origin", label: "origin" },
  { field: "exporter", param: "exporter", label: "exporter" },
  { field: "certificates", param: "cert", label: "certificates" },
  { field: "fulfilment_modes", param: "mode", label: "fulfilment" },
]

/**
 * A list of products from search with its facets, sort and pages. Every
 * control is a link to the URL of the resulting view, so the state survives
 * reloads, sharing and the language switch, and works from the keyboard.
 * The results are `#results`, where the layout's skip link leads.
 */
export async function CatalogView({
  locale,
  pathname,
  params,
  query,
  results,
  exporterNames,
}: {
  locale: string
  pathname: string
  params: Params
  query: CatalogQuery
  results: SearchResults
  exporterNames: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "catalog" })
  const tt = await getTranslations({ locale, namespace: "trade" })
  const pages = Math.max(1, Math.ceil(results.count / PAGE_SIZE))
  const page = query.page ?? 1
  const labelOf = (field: string, value: string) => {
    if (field === "origin_region") return regionName(value, locale)
    if (field === "certificates") return tt(`certificate.${value}`)
    if (field === "fulfilment_modes") return tt(`modes.${value}.name`)
    if (field === "exporter") return exporterNames[value] ?? value
    return value
  }
  const selected = (param: string, value: string) =>
    String(params[param] ?? "")
      .split(",")
      .includes(value)
  return (
    <div className="grid gap-4 md:grid-cols-[14rem_1fr] md:gap-6">
      <FilterSheet label={t("filters")} closeLabel={t("closeFilters")} activeCount={activeFilterCount(params)}>
        <aside aria-label={t("filters")} className="space-y-5 text-sm" data-testid="facets">
          {FACETS.map(({ field, param, label }) => {
            const values = results.facets[field] ?? []
            if (!values.length) return null
            return (
              <section key={field}>
                <h2 className="mb-1 font-semibold">{t(label)}</h2>
                <ul className="space-y-1">
                  {values.map((v) => (
                    <li key={v.value}>
                      <Link
                        href={{ pathname, query: toggleParam(params, param, v.value, param !== "exporter") }}
                        aria-current={selected(param, v.value) ? "true" : undefined}
                        data-testid={`facet-${param}-${v.value}`}
                        className={`flex justify-between rounded px-2 py-1 hover:bg-saffron-100 ${selected(param, v.value) ? "bg-saffron-100 font-medium" : ""}`}
                      >
                        <span>{labelOf(field, v.value)}</span>
                        <span className="text-ink/70">{v.count}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )
          })}
          <section>
            <h2 className="mb-1 font-semibold">{t("availability")}</h2>
            <Link
              href={{ pathname, query: toggleParam(params, "stock", "1", false) }}
              aria-current={params.stock === "1" ? "true" : undefined}
              className={`block rounded px-2 py-1 hover:bg-saffron-100 ${params.stock === "1" ? "bg-saffron-100 font-medium" : ""}`}
              data-testid="facet-stock"
            >
              {t("inStockOnly")}
            </Link>
          </section>
          <section>
            <h2 className="mb-1 font-semibold">{t("price")}</h2>
            <ul className="space-y-1">
              {[
                [undefined, "100"],
                ["100", "500"],
                ["500", undefined],
              ].map(([min, max]) => {
                const active = params.min === min && params.max === max
                const next = withParam(withParam(params, "min", active ? undefined : min), "max", active ? undefined : max)
                delete next.page
                return (
                  <li key={`${min}-${max}`}>
                    <Link
                      href={{ pathname, query: next }}
                      aria-current={active ? "true" : undefined}
                      className={`block rounded px-2 py-1 hover:bg-saffron-100 ${active ? "bg-saffron-100 font-medium" : ""}`}
                    >
                      {min && max ? t("priceBetween", { min, max }) : min ? t("priceAbove", { min }) : t("priceBelow", { max: max! })}
                    </Link>
                  </li>
                )
              })}
            </ul>
          </section>
        </aside>
      </FilterSheet>
      <div id="results" tabIndex={-1} className="min-w-0">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm">
          <p data-testid="result-count">{t("count", { count: results.count })}</p>
          <nav aria-label={t("sort")} className="flex flex-wrap gap-2">
            {(["relevance", "price_asc", "price_desc", "newest"] as const).map((key) => (
              <Link
                key={key}
                href={{ pathname, query: withParam(params, "sort", key === "relevance" ? undefined : key) }}
                aria-current={(query.sort ?? "relevance") === key ? "true" : undefined}
                data-testid={`sort-${key}`}
                className={`rounded-full border px-3 py-1 ${(query.sort ?? "relevance") === key ? "border-lapis-800 bg-lapis-800 text-white" : "border-ink/20"}`}
              >
                {t(`sorts.${key}`)}
              </Link>
            ))}
          </nav>
        </div>
        {results.hits.length ? (
          <ProductGrid products={results.hits} locale={locale} eager={2} />
        ) : results.count > 0 && page > pages ? (
          // A page past the end (an old link, a hand-edited URL): say so, and offer the last page and the first.
          <div className="rounded-2xl bg-white p-4 ring-1 ring-ink/10" data-testid="page-missing">
            <p>{t("pageMissing", { pages })}</p>
            <p className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link
                href={{ pathname, query: withParam(params, "page", String(pages)) }}
                className="rounded-full bg-lapis-800 px-4 py-2 text-white"
                data-testid="last-page"
              >
                {t("lastPage")}
              </Link>
              <Link
                href={{ pathname, query: withParam(params, "page", undefined) }}
                className="rounded-full border border-ink/20 px-4 py-2"
              >
                {t("firstPage")}
              </Link>
            </p>
          </div>
        ) : (
          <p data-testid="no-results">{t("noResults")}</p>
        )}
        {pages > 1 && page <= pages && (
          <nav aria-label={t("pages")} className="mt-8 flex items-center justify-center gap-4">
            {page > 1 && (
              <Link
                href={{ pathname, query: withParam(params, "page", String(page - 1)) }}
                rel="prev"
                className="rounded-full border border-ink/20 px-4 py-2"
              >
                {t("previous")}
              </Link>
            )}
            <span aria-current="page">{t("page", { page, pages })}</span>
            {page < pages && (
              <Link
                href={{ pathname, query: withParam(params, "page", String(page + 1)) }}
                rel="next"
                className="rounded-full border border-ink/20 px-4 py-2"
                data-testid="next-page"
              >
                {t("next")}
              </Link>
            )}
          </nav>
        )}
      </div>
    </div>
  )
}
