/** The shop's own view of the catalog; lib/medusa maps Medusa's types onto these. */
export interface Money {
  amount: number
  currencyCode: string
}

export interface ProductSummary {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: Money | null
  inStock: boolean
}

export interface Region {
  id: string
  currencyCode: string
}

interface VariantOption {
  title: string
  value: string
}

export interface ProductVariant {
  id: string
  title: string
  sku: string | null
  options: VariantOption[]
  price: Money | null
  /** null when stock is not tracked or backorders are allowed. */
  available: number | null
}

export interface TradeData {
  originRegion: string
  stockOrigin: "cross_border" | "domestic"
  fulfilmentModes: string[]
  shelfLifeDays: number | null
  storage: string | null
  allergens: string[]
  certificates: string[]
  manufacturer: string
  gaccNumber: string | null
  hsCode: string
  labelZh: string | null
}

interface ExporterSummary {
  handle: string
  name: string
  region: string
  city: string
  verified: boolean
  logoUrl: string | null
}

export interface ProductDetail extends ProductSummary {
  description: string | null
  images: string[]
  options: { title: string; values: string[] }[]
  variants: ProductVariant[]
  trade: TradeData | null
  exporter: ExporterSummary | null
  categories: { handle: string; name: string }[]
  collection: { handle: string; title: string } | null
}

export interface Category {
  id: string
  handle: string
  name: string
  parentId: string | null
  /** Order among its siblings. */
  rank: number
}

export interface SearchHit extends ProductSummary {
  originRegion: string | null
  highlight: string | null
}

export interface FacetValue {
  value: string
  count: number
}

export interface SearchResults {
  hits: SearchHit[]
  count: number
  facets: Record<string, FacetValue[]>
  priceStats: { min: number; max: number } | null
}

export interface CartLine {
  id: string
  productId: string
  productHandle: string
  productTitle: string
  variantId: string
  variantTitle: string
  thumbnail: string | null
  quantity: number
  unitPrice: Money
  /** Unit price × quantity, before discounts and tax: lines sum to the goods' subtotal. */
  subtotal: Money
  crossBorder: boolean
}

/** A discount or a tax as its own line of the totals, named by the backend in the visitor's language. */
interface TotalsPart {
  code: string
  name: string
  amount: Money
}

/**
 * The figures the backend computed for a cart or an order, in whole fen:
 * subtotal + shipping − discounts + taxes = total, exactly (backend/src/utils/receipt.ts).
 */
export interface Totals {
  subtotal: Money
  shippingTotal: Money
  discountTotal: Money
  discounts: (TotalsPart & { automatic: boolean })[]
  taxTotal: Money
  taxes: TotalsPart[]
  total: Money
  /** Which of China's tax rules the cross-border goods fall under, and why (carts only). */
  taxRule: { rule: "comprehensive" | "general_trade"; note: string } | null
}

/** A promotion on the cart: a code the buyer entered (removable) or an automatic one (not). */
export interface AppliedPromotion {
  code: string
  name: string
  automatic: boolean
}

/** A code the buyer entered that is not on the cart (the cart changed, or it needs an account): why, from the backend. */
export interface PromotionNotice {
  code: string
  message: string
  applicable: boolean
  signInRequired: boolean
}

export interface Cart extends Totals {
  id: string
  email: string | null
  currencyCode: string
  lines: CartLine[]
  itemCount: number
  promotions: AppliedPromotion[]
  promotionNotices: PromotionNotice[]
  shippingAddress: Address | null
  /** Who receives or collects (name and mobile), also when the cart has no street address (a pickup). */
  recipient: Pick<Address, "firstName" | "lastName" | "phone"> | null
  shippingMethods: { id: string; optionId: string; name: string; amount: Money }[]
  paymentProviderId: string | null
  paymentClientSecret: string | null
  regionId: string
  completedAt: string | null
}

export interface SavedAddress extends Address {
  id: string
  isDefault: boolean
}

export interface Address {
  firstName: string
  lastName: string
  province: string
  city: string
  district: string
  street: string
  postalCode: string
  phone: string
}

/** Where a pickup is collected, in the page's language (the stock location's address and its metadata). */
export interface PickupPlace {
  name: string
  address: string
  openingHours: string
  phone: string | null
}

export interface ShippingChoice {
  id: string
  name: string
  mode: string
  profileId: string
  amount: Money
  minDays: number | null
  maxDays: number | null
  /** Collected at a place (Medusa's pickup fulfilment sets), or sent as a parcel. */
  kind: "pickup" | "shipping"
  place: PickupPlace | null
}

export interface CustomsSituation {
  applies: boolean
  hasCrossBorder: boolean
  crossBorderAmount: number
  orderLimit: number
  /** How much the cross-border amount is above the order limit (0 within it), computed in fen by the backend. */
  orderExcess: number
  overOrderLimit: boolean
  singleIndivisibleItem: boolean
  annualLimit: number
  usedThisYear: number
  remainingThisYear: number
  overAnnualLimit: boolean
  identity: { id: string; realName: string; idNumber: string } | null
  payerIsBuyer: boolean
}

export interface CustomsIdentity {
  id: string
  realName: string
  idNumber: string
  quota?: { year: number; limit: number; used: number; remaining: number }
}

export interface OrderSummary {
  id: string
  displayId: number
  createdAt: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  total: Money
  itemCount: number
  /** Paid at the centre's counter (read with the order's payments; null when they were not read). */
  payAtCentre: boolean | null
}

/** What the visitor may see of an order: all of it (its owner, or a signed link), or its status and goods only. */
type OrderAccess = "owner" | "link" | "public"

export interface OrderDetail extends OrderSummary {
  access: OrderAccess
  email: string
  lines: CartLine[]
  /** Null in the public view (status and goods only). */
  totals: Totals | null
  shippingAddress: Address | null
  shippingMethods: { id: string; name: string; amount: Money }[]
  customs: { realName: string; idNumber: string } | null
  delivery: OrderDelivery | null
}

/** A parcel's tracking number at the carrier, from the fulfilment an operator shipped. */
interface Waybill {
  trackingNumber: string
  trackingUrl: string | null
  shippedAt: string | null
}

/** How an order reaches its buyer: a parcel, a pickup at the centre (with its code for the owner), or both. */
export interface OrderDelivery {
  parcel: boolean
  pickup: (PickupPlace & { code: string | null; qrSvg: string | null }) | null
  waybills: Waybill[]
  /** Paid at the centre's counter: an "authorized" payment is then still to be paid. */
  payAtCentre: boolean
  /** The order's shipping methods' names in the page's language, by shipping method id. */
  methodNames: Record<string, string>
}

/** A promotion a campaign carries: a code (or automatic), a percentage or an amount, the featured products it discounts. */
export interface CampaignPromotion {
  code: string | null
  automatic: boolean
  type: "percentage" | "fixed"
  value: number
  /** Taken off each item (a product's price changes) rather than off the whole order. */
  perItem: boolean
  productIds: string[]
}

/** A campaign page the consulate published, in the visitor's language. */
export interface Campaign {
  id: string
  slug: string
  title: string
  body: string
  heroImageUrl: string | null
  startsAt: string
  endsAt: string
  featuredProductIds: string[]
  featuredExporterIds: string[]
  promotions: CampaignPromotion[]
}

export interface PavilionPage {
  story: string
  featuredExporterIds: string[]
  centre: { address: string; hours: string; pickup: string }
}

export interface PavilionEvent {
  id: string
  title: string
  body: string
  /** ISO instants; shown in Beijing time. */
  startsAt: string
  endsAt: string
  place: "centre" | "online"
  onlineUrl: string | null
  productIds: string[]
}
