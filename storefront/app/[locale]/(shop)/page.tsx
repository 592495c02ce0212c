import { getTranslations } from "next-intl/server"
import { Pagination } from "@/components/layout/pagination"
import { ProductGrid } from "@/components/product/product-grid"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { CampaignStrip } from "@/components/campaign/campaign-strip"
import { EventList } from "@/components/pavilion/event-list"
import { getCategories, getProducts, searchCatalog } from "@/lib/medusa"
import { getActiveCampaigns, getProductsByIds, getUpcomingEvents } from "@/lib/medusa/content"

/** The home page features; the whole catalog is browsed by category, collection and search. Fewer cards, less to hydrate. */
const PAGE_SIZE = 12
/** What is new is the catalog's own collection; campaigns and the consulate's picks are what the consulate publishes. */
const NEW = "new-arrivals"
const PICKS = 4
const EVENTS = 3

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string }>
}) {
  const locale = await routeLocale(params)
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const [t, { products, count }, categories, campaigns, events, fresh] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getProducts(locale, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    getCategories(locale),
    getActiveCampaigns(locale),
    getUpcomingEvents(locale),
    searchCatalog(locale, { collection: NEW, pageSize: 4, sort: "newest", facets: false }),
  ])
  // The consulate's picks: the products its running campaigns feature, newest campaign first.
  const featured = await getProductsByIds(locale, [...new Set(campaigns.flatMap((c) => c.featuredProductIds))].slice(0, PICKS))
  const topCategories = categories.filter((c) => !c.parentId)
  return (
    <>
      <section className="my-8 rounded-3xl bg-gradient-to-br from-saffron-100 to-white px-6 py-12 sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-ink/80">{t("heroText")}</p>
      </section>
      {page === 1 && (
        <>
          <nav aria-label={t("categories")} className="mb-8">
            <ul className="flex flex-wrap gap-2">
              {topCategories.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/categories/${c.handle}`}
                    className="block rounded-full bg-white px-4 py-2 text-sm ring-1 ring-ink/10 hover:bg-saffron-100"
                    data-testid="category-link"
                  >
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <CampaignStrip campaigns={campaigns} locale={locale} />
          {featured.length > 0 && (
            <section className="mb-8" aria-labelledby="featured">
              <h2 id="featured" className="mb-4 text-2xl font-semibold">
                {t("featured")}
              </h2>
              <ProductGrid products={featured} locale={locale} />
            </section>
          )}
          {fresh.hits.length > 0 && (
            <section className="mb-8" aria-labelledby="new">
              <h2 id="new" className="mb-4 text-2xl font-semibold">
                {t("new")}
              </h2>
              <ProductGrid products={fresh.hits} locale={locale} />
            </section>
          )}
          {events.length > 0 && (
            <section className="mb-8" aria-labelledby="events" data-testid="home-events">
              <div className="mb-4 flex items-baseline justify-between">
                <h2 id="events" className="text-2xl font-semibold">
                  {t("events")}
                </h2>
                <Link href="/pavilion" className="text-sm text-lapis-800 underline">
                  {t("pavilion")}
                </Link>
              </div>
              <EventList events={events.slice(0, EVENTS)} locale={locale} />
            </section>
          )}
          <section className="mb-8 rounded-3xl bg-white p-6 ring-1 ring-ink/10" aria-labelledby="centre">
            <h2 id="centre" className="text-xl font-semibold">
              {t("centreTitle")}
            </h2>
            <p className="mt-2 text-ink/80">{t("centreText")}</p>
            <Link href="/pavilion" className="mt-3 inline-block text-sm font-medium text-lapis-800 underline" data-testid="pavilion-link">
              {t("pavilion")}
            </Link>
          </section>
        </>
      )}
      <section aria-labelledby="catalog-title">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="catalog-title" className="text-2xl font-semibold">
            {t("catalogTitle")}
          </h2>
          <p className="text-sm text-ink/70">{t("count", { count })}</p>
        </div>
        {products.length ? <ProductGrid products={products} locale={locale} /> : <p>{t("empty")}</p>}
        <Pagination page={page} pages={Math.ceil(count / PAGE_SIZE)} />
      </section>
    </>
  )
}
