import { Img } from "@/components/ui/img"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/format"
import type { ProductSummary } from "@/lib/medusa/types"
import { Highlight } from "./highlight"

export async function ProductCard({
  product,
  locale,
  priority,
}: {
  product: ProductSummary & { highlight?: string | null }
  locale: string
  priority?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  return (
    <article
      className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-ink/5"
      data-testid="product-card"
      data-handle={product.handle}
    >
      <div className="relative aspect-square bg-saffron-100">
        {product.thumbnail && (
          <Img
            src={product.thumbnail}
            alt={product.title}
            fill
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            className="object-cover transition-transform duration-300 group-hover:scale-105"
            priority={priority}
          />
        )}
      </div>
      {/* Cards in a row are as tall as the tallest; the price sits at the bottom of each. */}
      <div className="flex flex-1 flex-col p-3">
        <h3 className="line-clamp-2 text-sm font-medium leading-snug">
          <Link href={`/products/${product.handle}`} className="after:absolute after:inset-0">
            {product.highlight ? <Highlight text={product.highlight} /> : product.title}
          </Link>
        </h3>
        {product.subtitle && <p className="mt-1 line-clamp-1 text-xs text-ink/70">{product.subtitle}</p>}
        <p className="mt-auto pt-2 font-semibold text-saffron-700" data-testid="product-price">
          {product.price ? t("from", { price: formatMoney(product.price, locale) }) : null}
        </p>
        {!product.inStock && <p className="text-xs text-red-700">{t("outOfStock")}</p>}
      </div>
    </article>
  )
}
