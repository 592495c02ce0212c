import type { HttpTypes } from "@medusajs/types"
import type { Money, ProductSummary } from "./types"

/** The lowest price over the product's variants, in the region's currency. */
export function minPrice(product: HttpTypes.StoreProduct): Money | null {
  let best: Money | null = null
  for (const variant of product.variants ?? []) {
    const price = variant.calculated_price
    if (price?.calculated_amount == null || !price.currency_code) continue
    if (!best || price.calculated_amount < best.amount) {
      best = { amount: price.calculated_amount, currencyCode: price.currency_code.toUpperCase() }
    }
  }
  return best
}

export function isInStock(product: HttpTypes.StoreProduct): boolean {
  return (product.variants ?? []).some(
    (v) => v.manage_inventory === false || v.allow_backorder || (v.inventory_quantity ?? 0) > 0
  )
}

export function reshapeProductSummary(product: HttpTypes.StoreProduct): ProductSummary {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? null,
    price: minPrice(product),
    inStock: isInStock(product),
  }
}
