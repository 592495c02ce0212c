import type { ProductSummary } from "@/lib/medusa/types"
import { ProductCard } from "./product-card"

export function ProductGrid({ products, locale }: { products: (ProductSummary & { highlight?: string | null })[]; locale: string }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={i < 4} />
        </li>
      ))}
    </ul>
  )
}
