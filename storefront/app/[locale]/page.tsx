import { getTranslations } from "next-intl/server"
import { Pagination } from "@/components/layout/pagination"
import { ProductGrid } from "@/components/product/product-grid"
import { routeLocale } from "@/i18n/locale"
import { getProducts } from "@/lib/medusa"

const PAGE_SIZE = 24

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string }>
}) {
  const locale = await routeLocale(params)
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const [t, { products, count }] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getProducts(locale, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ])
  return (
    <>
      <section className="my-8 rounded-3xl bg-gradient-to-br from-saffron-100 to-white px-6 py-12 sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-ink/80">{t("heroText")}</p>
      </section>
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
