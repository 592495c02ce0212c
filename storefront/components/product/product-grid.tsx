import type { ProductSummary } from "@/lib/medusa/types"
import { ProductCard } from "./product-card"

/**
 * A grid of product cards. `eager` cards (the first row of a listing that opens the page) load their images with
 * priority; a page whose first screen is something else (the home page's hero) keeps them all lazy.
 */
export function ProductGrid({
  products,
  locale,
  eager = 0,
}: {
  products: (ProductSummary & { highlight?: string | null })[]
  locale: string
  eager?: number
}) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={i < eager} />
        </li>
      ))}
    </ul>
  )
}
