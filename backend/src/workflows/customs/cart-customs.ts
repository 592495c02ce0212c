import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../../modules/customs"
import { assessCustoms, type CustomsAssessment, type CustomsLine } from "../../modules/customs/rules"
import type CustomsModuleService from "../../modules/customs/service"

/** Shipping options whose parcels cross the border (seed/src/load/fulfilment.ts: the option type code). */
const CROSS_BORDER_SHIPPING = new Set(["cross_border_mail"])

export interface CartCustoms {
  cart: { id: string; customer_id: string | null; locale: string | null; currency_code: string }
  /** China's rules apply to carts priced in CNY and shipped to or picked up in mainland China. */
  applies: boolean
  identity: { id: string; digest: string; masked: string; real_name: string } | null
  payer_is_buyer: boolean
  assessment: CustomsAssessment
}

/** Totals arrive as numbers, strings, raw `{ value }` objects or BigNumber instances, depending on the path. */
type Num = number | string | { numeric?: number; value?: string } | null | undefined
const num = (v: Num): number => {
  if (v == null) return 0
  if (typeof v !== "object") return Number(v)
  if (typeof v.numeric === "number") return v.numeric
  return Number(v.value ?? 0)
}

/**
 * Everything China's cross-border rules need to know about a cart: which lines
 * are cross-border goods (from the products' trade profiles), what they and
 * their parcel's shipping come to, the declared identity and its quota used.
 */
export async function loadCartCustoms(container: MedusaContainer, cartId: string, year = new Date().getFullYear()): Promise<CartCustoms> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [
      // A cart-level total makes the cart module compute the line and shipping totals used below.
      "id", "customer_id", "locale", "currency_code", "metadata", "shipping_address.country_code", "total",
      "items.id", "items.quantity", "items.subtotal", "items.discount_subtotal", "items.product_id",
      "shipping_methods.id", "shipping_methods.subtotal", "shipping_methods.discount_subtotal",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)

  const productIds = [...new Set((cart.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
  const optionIds = (cart.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean) as string[]
  const [{ data: products }, { data: options }] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "trade_profile.stock_origin", "trade_profile.indivisible"], filters: { id: productIds } })
      : Promise.resolve({ data: [] as any[] }),
    optionIds.length
      ? query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: optionIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const profileOf = new Map(products.map((p: any) => [p.id, p.trade_profile]))
  const crossBorderOptions = new Set(options.filter((o: any) => CROSS_BORDER_SHIPPING.has(o.type?.code)).map((o: any) => o.id))

  const lines: CustomsLine[] = (cart.items ?? []).map((item: any) => {
    const profile = profileOf.get(item.product_id)
    return {
      quantity: Number(item.quantity),
      amount: num(item.subtotal) - num(item.discount_subtotal),
      cross_border: profile?.stock_origin === "cross_border",
      indivisible: !!profile?.indivisible,
    }
  })
  const shipping = (cart.shipping_methods ?? [])
    .filter((m: any) => crossBorderOptions.has(m.shipping_option_id))
    .reduce((sum: number, m: any) => sum + num(m.subtotal) - num(m.discount_subtotal), 0)

  const declared = ((cart.metadata ?? {}) as { customs?: { identity_id?: string; payer_is_buyer?: boolean } }).customs
  let identity: CartCustoms["identity"] = null
  if (declared?.identity_id) {
    const found = await customs
      .retrieveUsableIdentity(declared.identity_id, { customer_id: cart.customer_id, cart_id: cart.id })
      .catch(() => null)
    if (found) {
      identity = { id: found.id, digest: found.id_number_digest, masked: found.id_number_masked, real_name: found.real_name }
    }
  }
  const used = identity ? await customs.usedThisYear(identity.digest, year) : 0
  const country = (cart.shipping_address as { country_code?: string } | null)?.country_code
  return {
    cart: { id: cart.id, customer_id: cart.customer_id ?? null, locale: cart.locale ?? null, currency_code: cart.currency_code },
    applies: cart.currency_code === "cny" && (!country || country === "cn"),
    identity,
    payer_is_buyer: declared?.payer_is_buyer === true,
    assessment: assessCustoms(lines, shipping, used),
  }
}
