import type { Metadata } from "next"
import { Img } from "@/components/ui/img"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { AddToCart } from "@/components/cart/add-to-cart"
import { ELabel } from "@/components/product/e-label"
import { ProductGrid } from "@/components/product/product-grid"
import { TradeFacts } from "@/components/product/trade-facts"
import { VariantPicker } from "@/components/product/variant-picker"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import { formatMoney } from "@/lib/format"
import { categoryPath } from "@/lib/category-tree"
import { getCategories, getProduct, getProductPreview, searchCatalog } from "@/lib/medusa"
import { campaignPrice, getActiveCampaigns } from "@/lib/medusa/content"
import { CampaignBanner } from "@/components/campaign/campaign-banner"

type Props = { params: Promise<{ locale: string; handle: string }>; searchParams: Promise<{ variant?: string; preview?: string }> }

/** The product, or with `?preview=<token>` the exporter's draft behind a signed preview link (never cached, never indexed). */
async function productFor(locale: string, handle: string, preview: string | undefined) {
  return preview !== undefined ? getProductPreview(locale, handle, preview) : getProduct(locale, handle)
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const { preview } = await searchParams
  const product = await productFor(locale, handle, preview)
  if (preview !== undefined) return { title: product?.title, robots: { index: false, follow: false } }
  if (!product) return {}
  return {
    title: product.title,
    description: product.subtitle ?? product.description?.slice(0, 160),
    alternates: localeAlternates(locale, `/products/${handle}`),
    openGraph: {
      title: product.title,
      description: product.subtitle ?? undefined,
      images: product.thumbnail ? [{ url: product.thumbnail, width: 1200, height: 1200 }] : [],
    },
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const { handle } = await params
  const { variant: wanted, preview } = await searchParams
  const product = await productFor(locale, handle, preview)
  if (!product) notFound()
  const isPreview = preview !== undefined
  const t = await getTranslations({ locale, namespace: "product" })
  const variant = product.variants.find((v) => v.id === wanted) ?? product.variants.find((v) => v.available !== 0) ?? product.variants[0]
  // Cross-border goods (and food, whose exporter wrote its Chinese label) show the Chinese e-label, from the Chinese data.
  const labelled = product.trade && (product.trade.stockOrigin === "cross_border" || product.trade.labelZh)
  const [related, chinese, categories, campaigns] = await Promise.all([
    product.categories[0] && !isPreview
      ? searchCatalog(locale, { category: product.categories[0].handle, pageSize: 5, facets: false }).then((r) =>
          r.hits.filter((h) => h.handle !== product.handle).slice(0, 4),
        )
      : [],
    labelled && locale !== "zh-CN" ? productFor("zh-CN", handle, preview) : product,
    getCategories(locale),
    isPreview ? [] : getActiveCampaigns(locale),
  ])
  // The running campaign that features this product, if any: its banner, with the campaign's price of this variant.
  const campaign = campaigns.find((c) => c.featuredProductIds.includes(product.id))
  const deal = campaign && variant ? campaignPrice(campaign, { ...product, price: variant.price }) : null
  const breadcrumb = product.categories[0] ? categoryPath(categories, product.categories[0].handle) : []
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images,
    sku: variant?.sku ?? undefined,
    brand: product.exporter ? { "@type": "Brand", name: product.exporter.name } : undefined,
    countryOfOrigin: "UZ",
    offers: product.variants.map((v) => ({
      "@type": "Offer",
      sku: v.sku ?? undefined,
      price: v.price?.amount,
      priceCurrency: v.price?.currencyCode,
      availability: v.available === 0 ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
    })),
  }
  return (
    <article className="py-6">
      {isPreview ? (
        <p
          role="status"
          className="mb-4 rounded-xl border border-saffron-700 bg-saffron-100 px-4 py-3 text-sm font-medium"
          data-testid="preview-banner"
        >
          {t("previewBanner")}
        </p>
      ) : (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      )}
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-ink/70">
        <Link href="/">{t("home")}</Link>
        {breadcrumb.map((c) => (
          <span key={c.id}>
            {" / "}
            <Link href={`/categories/${c.handle}`}>{c.name}</Link>
          </span>
        ))}
      </nav>
      {campaign && (
        <CampaignBanner
          campaign={campaign}
          price={deal?.price ?? null}
          code={deal && !deal.promotion.automatic ? deal.promotion.code : null}
          locale={locale}
        />
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <div className="space-y-3">
          {product.images.slice(0, 4).map((src, i) => (
            <div key={src} className="relative aspect-square overflow-hidden rounded-2xl bg-saffron-100">
              <Img
                src={src}
                alt={i === 0 ? product.title : `${product.title} (${i + 1})`}
                fill
                priority={i === 0}
                sizes="(min-width: 768px) 50vw, 100vw"
                className="object-cover"
              />
            </div>
          ))}
        </div>
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl" data-testid="product-title">
            {product.title}
          </h1>
          {product.subtitle && <p className="mt-2 text-ink/70">{product.subtitle}</p>}
          <p className="mt-4 text-2xl font-semibold text-saffron-700" data-testid="variant-price">
            {variant?.price ? formatMoney(variant.price, locale) : "—"}
          </p>
          <p className="mt-1 text-sm" data-testid="variant-stock">
            {variant?.available === 0
              ? t("outOfStock")
              : variant?.available != null
                ? t("inStockCount", { count: variant.available })
                : t("inStock")}
          </p>
          <VariantPicker locale={locale} handle={product.handle} variants={product.variants} selected={variant?.id ?? null} />
          {!isPreview && <AddToCart locale={locale} variantId={variant?.id ?? null} available={variant?.available ?? null} />}
          {product.exporter && (
            <p className="mt-6 text-sm">
              {t("exporter")}{" "}
              <Link
                href={`/exporters/${product.exporter.handle}`}
                className="font-medium text-lapis-800 underline"
                data-testid="exporter-link"
              >
                {product.exporter.name}
              </Link>
              {product.exporter.verified && (
                <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">{t("verified")}</span>
              )}
            </p>
          )}
          {product.trade && (
            <TradeFacts
              locale={locale}
              trade={product.trade}
              label={labelled && chinese?.trade ? <ELabel locale={locale} title={chinese.title} trade={chinese.trade} /> : null}
            />
          )}
          {product.description && <p className="mt-6 whitespace-pre-line leading-relaxed">{product.description}</p>}
        </div>
      </div>
      {related.length > 0 && (
        <section className="mt-12" aria-labelledby="related">
          <h2 id="related" className="mb-4 text-xl font-semibold">
            {t("related")}
          </h2>
          <ProductGrid products={related} locale={locale} />
        </section>
      )}
    </article>
  )
}
