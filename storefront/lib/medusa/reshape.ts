import type { HttpTypes } from "@medusajs/types"
import { isPayAtCentre } from "@bozor/shared"
import type { Cart, CartLine, Money, OrderDetail, ProductSummary, PromotionNotice, SearchHit, Totals } from "./types"

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
  return (product.variants ?? []).some((v) => v.manage_inventory === false || v.allow_backorder || (v.inventory_quantity ?? 0) > 0)
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

/**
 * Money in whole fen (cents), rounded as the backend rounds a total (halves up, on the decimal the number stands
 * for): Medusa's own totals carry fractions of a fen, and a figure shown must be the one the buyer pays.
 */
const money = (amount: unknown, currencyCode: string): Money => ({
  amount: Math.round(Number((Number(amount ?? 0) * 100).toPrecision(15))) / 100,
  currencyCode: currencyCode.toUpperCase(),
})

type AnyRecord = Record<string, any>

function reshapeVariant(variant: HttpTypes.StoreProductVariant): import("./types").ProductVariant {
  const tracked = variant.manage_inventory !== false && !variant.allow_backorder
  const price = variant.calculated_price
  return {
    id: variant.id,
    title: variant.title ?? "",
    sku: variant.sku ?? null,
    options: (variant.options ?? []).map((o: AnyRecord) => ({ title: o.option?.title ?? "", value: o.value })),
    price:
      price?.calculated_amount != null && price.currency_code
        ? { amount: price.calculated_amount, currencyCode: price.currency_code.toUpperCase() }
        : null,
    available: tracked ? Math.max(0, variant.inventory_quantity ?? 0) : null,
  }
}

export function reshapeProductDetail(product: HttpTypes.StoreProduct): import("./types").ProductDetail {
  const p = product as HttpTypes.StoreProduct & AnyRecord
  const trade = p.trade_profile as AnyRecord | undefined
  const exporter = p.exporter as AnyRecord | undefined
  return {
    ...reshapeProductSummary(product),
    description: product.description ?? null,
    images: (product.images ?? []).map((i) => i.url).filter(Boolean),
    options: (product.options ?? []).map((o) => ({ title: o.title, values: (o.values ?? []).map((v) => v.value) })),
    variants: (product.variants ?? []).map(reshapeVariant),
    trade: trade
      ? {
          originRegion: trade.origin_region,
          stockOrigin: trade.stock_origin,
          fulfilmentModes: trade.fulfilment_modes ?? [],
          shelfLifeDays: trade.shelf_life_days ?? null,
          storage: trade.storage ?? null,
          allergens: trade.allergens ?? [],
          certificates: trade.certificates ?? [],
          manufacturer: trade.manufacturer ?? "",
          gaccNumber: trade.gacc_registration_number ?? null,
          hsCode: trade.hs_code ?? "",
          labelZh: trade.label_zh ?? null,
        }
      : null,
    exporter: exporter
      ? {
          handle: exporter.handle,
          name: exporter.name,
          region: exporter.region,
          city: exporter.city ?? "",
          verified: !!exporter.verified,
          logoUrl: exporter.logo_url ?? null,
        }
      : null,
    categories: (product.categories ?? []).map((c) => ({ handle: c.handle, name: c.name })),
    collection: product.collection ? { handle: product.collection.handle, title: product.collection.title } : null,
  }
}

/**
 * A search hit as the shop lists it; the engine's highlight (<mark>) of the title when there is one. Its price is
 * read from the index field of the region's currency (`price`: none when the index has no price in it).
 */
export function reshapeSearchHit(hit: AnyRecord, locale: string, price: { field: string; currencyCode: string } | null): SearchHit {
  const d = hit.document as AnyRecord
  const zh = locale.startsWith("zh")
  const titleField = zh ? "title_zh" : "title_en"
  return {
    id: d.id,
    handle: d.handle,
    title: (zh ? d.title_zh : d.title_en) || d.title_en || d.title_zh,
    subtitle: (zh ? d.subtitle_zh : d.subtitle_en) || null,
    thumbnail: d.thumbnail ?? null,
    price: price && d[price.field] != null ? { amount: Number(d[price.field]), currencyCode: price.currencyCode.toUpperCase() } : null,
    inStock: d.in_stock !== false,
    originRegion: d.origin_region ?? null,
    highlight: hit.highlights?.[titleField]?.[0] ?? null,
  }
}

/**
 * The totals the backend computed for a cart or an order (GET /store/carts/:id/totals, an order's `totals`): every
 * figure shown comes from here, so they add up to the total to the fen. Nothing is summed or rounded in the shop.
 */
export function reshapeTotals(t: AnyRecord): Totals {
  const cur = t.currency_code ?? "cny"
  return {
    subtotal: money(t.item_subtotal, cur),
    shippingTotal: money(t.shipping_subtotal, cur),
    discountTotal: money(t.discount_total, cur),
    discounts: (t.discounts ?? []).map((d: AnyRecord) => ({
      code: d.code,
      name: d.name,
      amount: money(d.amount, cur),
      automatic: !!d.is_automatic,
    })),
    taxTotal: money(t.tax_total, cur),
    taxes: (t.taxes ?? []).map((x: AnyRecord) => ({ code: x.code, name: x.name, amount: money(x.amount, cur) })),
    total: money(t.total, cur),
    taxRule: t.tax_rule ? { rule: t.tax_rule.rule, note: t.tax_rule.note } : null,
  }
}

/** A cart or order line, with its figures from the backend's totals (`figures`, matched by line id). */
function reshapeLine(i: AnyRecord, cur: string, figures: AnyRecord | undefined): CartLine {
  return {
    id: i.id,
    productId: i.product_id ?? "",
    productHandle: i.product_handle ?? i.product?.handle ?? "",
    productTitle: i.product_title ?? i.title,
    variantId: i.variant_id,
    variantTitle: i.variant_title ?? "",
    thumbnail: i.thumbnail ?? null,
    quantity: Number(i.quantity),
    unitPrice: money(i.unit_price, cur),
    subtotal: money(figures?.subtotal ?? Number(i.unit_price ?? 0) * Number(i.quantity ?? 0), cur),
    crossBorder: !!figures?.cross_border,
  }
}

const byId = (lines: AnyRecord[] | undefined) => new Map((lines ?? []).map((l) => [l.id as string, l]))

export function reshapeCart(cart: AnyRecord, totals: AnyRecord, promotionNotices: PromotionNotice[] = []): Cart {
  const cur = cart.currency_code ?? "cny"
  const address = cart.shipping_address as AnyRecord | null
  const figures = byId(totals.lines)
  const shown = reshapeTotals(totals)
  return {
    ...shown,
    id: cart.id,
    email: cart.email ?? null,
    currencyCode: cur.toUpperCase(),
    lines: (cart.items ?? [])
      .map((i: AnyRecord) => reshapeLine(i, cur, figures.get(i.id)))
      .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)),
    itemCount: (cart.items ?? []).reduce((n: number, i: AnyRecord) => n + Number(i.quantity), 0),
    promotions: (cart.promotions ?? [])
      .filter((p: AnyRecord) => p?.code)
      .map((p: AnyRecord) => ({
        code: p.code,
        automatic: !!p.is_automatic,
        name: shown.discounts.find((d) => d.code === p.code)?.name ?? p.code,
      })),
    promotionNotices,
    shippingAddress: address?.address_1 ? reshapeAddress(address) : null,
    recipient:
      address?.phone && (address.last_name || address.first_name)
        ? { firstName: address.first_name ?? "", lastName: address.last_name ?? "", phone: address.phone }
        : null,
    shippingMethods: (cart.shipping_methods ?? []).map((m: AnyRecord) => ({
      id: m.id,
      optionId: m.shipping_option_id,
      name: m.name,
      amount: money(m.amount, cur),
    })),
    paymentProviderId: cart.payment_collection?.payment_sessions?.[0]?.provider_id ?? null,
    // Stripe's payment intent secret, for confirming a card in the browser (Elements); other providers have none.
    paymentClientSecret: cart.payment_collection?.payment_sessions?.[0]?.data?.client_secret ?? null,
    regionId: cart.region_id,
    completedAt: cart.completed_at ?? null,
  }
}

export function reshapeAddress(a: AnyRecord): import("./types").Address {
  return {
    firstName: a.first_name ?? "",
    lastName: a.last_name ?? "",
    province: a.province ?? "",
    city: a.city ?? "",
    district: a.address_2 ?? "",
    street: a.address_1 ?? "",
    postalCode: a.postal_code ?? "",
    phone: a.phone ?? "",
  }
}

/** A shop address as Medusa stores it (district in address_2, street in address_1; always mainland China). */
export function medusaAddress(a: import("./types").Address) {
  return {
    first_name: a.firstName,
    last_name: a.lastName,
    province: a.province,
    city: a.city,
    address_2: a.district,
    address_1: a.street,
    postal_code: a.postalCode,
    phone: a.phone,
    country_code: "cn",
  }
}

/** An order; `totals` is the backend's for its owner or a signed link, null in the public view (status and goods only). */
export function reshapeOrder(order: AnyRecord, totals: AnyRecord | null = null): OrderDetail {
  const cur = order.currency_code ?? "cny"
  const figures = byId(totals?.lines)
  return {
    access: order.access ?? "public",
    id: order.id,
    displayId: order.display_id,
    createdAt: order.created_at,
    status: order.status,
    paymentStatus: order.payment_status ?? "",
    fulfillmentStatus: order.fulfillment_status ?? "",
    total: money(totals?.total ?? order.total, cur),
    itemCount: (order.items ?? []).reduce((n: number, i: AnyRecord) => n + Number(i.quantity), 0),
    payAtCentre: Array.isArray(order.payment_collections)
      ? isPayAtCentre(order.payment_collections.flatMap((c: AnyRecord) => (c?.payments ?? []).map((p: AnyRecord) => p?.provider_id)))
      : null,
    email: order.email ?? "",
    lines: (order.items ?? []).map((i: AnyRecord) => reshapeLine(i, cur, figures.get(i.id))),
    totals: totals ? reshapeTotals(totals) : null,
    shippingAddress: order.shipping_address ? reshapeAddress(order.shipping_address) : null,
    shippingMethods: (order.shipping_methods ?? []).map((m: AnyRecord) => ({ id: m.id, name: m.name, amount: money(m.amount, cur) })),
    customs: null,
    delivery: null,
  }
}

/** How an order reaches its buyer, as GET /store/orders/:id/delivery tells it. */
export function reshapeDelivery(d: AnyRecord): import("./types").OrderDelivery {
  const p = d.pickup as AnyRecord | null
  return {
    parcel: !!d.parcel,
    pickup: p
      ? {
          name: p.name ?? "",
          address: p.address ?? "",
          openingHours: p.opening_hours ?? "",
          phone: p.phone ?? null,
          code: p.code ?? null,
          qrSvg: p.qr_svg ?? null,
        }
      : null,
    waybills: (d.waybills ?? []).map((w: AnyRecord) => ({
      trackingNumber: w.tracking_number,
      trackingUrl: w.tracking_url ?? null,
      shippedAt: w.shipped_at ?? null,
    })),
    payAtCentre: !!d.pay_at_centre,
    methodNames: Object.fromEntries((d.methods ?? []).map((m: AnyRecord) => [m.id, m.name])),
  }
}

/** A pickup place from a shipping option's stock location, in the page's language (its address metadata has both). */
export function reshapePickupPlace(location: AnyRecord | null | undefined, locale: string): import("./types").PickupPlace | null {
  const address = location?.address as AnyRecord | undefined
  if (!address) return null
  const meta = (address.metadata?.pickup ?? {}) as Record<string, Record<string, string> | undefined>
  const text = (t: Record<string, string> | undefined, fallback: string) =>
    t?.[locale] ?? t?.[locale.startsWith("zh") ? "zh-CN" : "en"] ?? t?.en ?? fallback
  const fields = [address.address_1, address.address_2, address.city, [address.province, address.postal_code].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
  return {
    name: text(meta.name, location?.name ?? ""),
    address: text(meta.address, fields),
    openingHours: text(meta.opening_hours, ""),
    phone: address.phone ?? null,
  }
}
