import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../modules/customs"
import { assessCustoms, quotaYear, yuan, type CustomsAssessment } from "../modules/customs/rules"
import type { TaxBasisLine, TaxBasisParcel } from "../modules/cross-border-tax/rates"
import { num } from "./receipt"
import type CustomsModuleService from "../modules/customs/service"
import { isChinaCrossBorderRetail } from "@bozor/shared"

export interface CartCustoms {
  cart: { id: string; customer_id: string | null; locale: string | null; currency_code: string }
  /** China's rules apply to carts priced in CNY and shipped to or picked up in mainland China. */
  applies: boolean
  /** The identity the cart is declared under, from the customs module's records (never from cart metadata). */
  identity: { id: string; digests: string[]; masked: string; real_name: string } | null
  payer_is_buyer: boolean
  assessment: CustomsAssessment
  goods: CartGoods
}

/** A cart's goods as China's rules see them: each line with its trade facts, and the cross-border parcel's shipping. */
export interface CartGoods {
  cart: CartCustoms["cart"] & { country_code: string | null }
  lines: TaxBasisLine[]
  /** Shipping methods that carry the cross-border parcel, with their amounts after discounts (CNY). */
  parcels: TaxBasisParcel[]
}

/**
 * Which lines of a cart are cross-border goods (from the products' trade
 * profiles), what they and their parcel's shipping come to after discounts,
 * and the trade facts their tax depends on (VAT class, HS code).
 */
export async function loadCartGoods(container: MedusaContainer, cartId: string): Promise<CartGoods> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      // A cart-level total makes the cart module compute the line and shipping totals used below.
      "id",
      "customer_id",
      "locale",
      "currency_code",
      "shipping_address.country_code",
      "total",
      "items.id",
      "items.quantity",
      "items.subtotal",
      "items.discount_subtotal",
      "items.product_id",
      "shipping_methods.id",
      "shipping_methods.subtotal",
      "shipping_methods.discount_subtotal",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)

  const productIds = [...new Set((cart.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
  const optionIds = (cart.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean) as string[]
  const [{ data: products }, { data: options }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "trade_profile.stock_origin", "trade_profile.indivisible", "trade_profile.vat_rate", "trade_profile.hs_code"],
          filters: { id: productIds },
        })
      : Promise.resolve({ data: [] as any[] }),
    optionIds.length
      ? query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: optionIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const profileOf = new Map(products.map((p: any) => [p.id, p.trade_profile]))
  const crossBorderOptions = new Set(options.filter((o: any) => isChinaCrossBorderRetail(o.type?.code)).map((o: any) => o.id))

  const lines: TaxBasisLine[] = (cart.items ?? []).filter(Boolean).map((item: any) => {
    const profile = profileOf.get(item.product_id)
    return {
      item_id: item.id,
      quantity: Number(item.quantity),
      amount: num(item.subtotal) - num(item.discount_subtotal),
      cross_border: profile?.stock_origin === "cross_border",
      indivisible: !!profile?.indivisible,
      vat_rate: Number(profile?.vat_rate ?? 0),
      hs_code: profile?.hs_code ?? null,
    }
  })
  const parcels: TaxBasisParcel[] = (cart.shipping_methods ?? [])
    .filter((m: any) => m && crossBorderOptions.has(m.shipping_option_id))
    .map((m: any) => ({ shipping_method_id: m.id, amount: num(m.subtotal) - num(m.discount_subtotal) }))
  const country = (cart.shipping_address as { country_code?: string } | null)?.country_code ?? null
  return {
    cart: {
      id: cart.id,
      customer_id: cart.customer_id ?? null,
      locale: cart.locale ?? null,
      currency_code: cart.currency_code,
      country_code: country,
    },
    lines,
    parcels,
  }
}

/** China's rules apply to carts priced in CNY and shipped to or picked up in mainland China. */
export const chinaRulesApply = (cart: CartGoods["cart"]) =>
  cart.currency_code === "cny" && (!cart.country_code || cart.country_code === "cn")

/**
 * Everything China's cross-border rules need to know about a cart: its goods
 * (loadCartGoods), the declared identity and the quota its ID number has used
 * this year (other carts' declarations only: a declaration this cart left
 * behind does not count against itself).
 */
export async function loadCartCustoms(container: MedusaContainer, cartId: string, at = new Date()): Promise<CartCustoms> {
  const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
  const [goods, declared] = await Promise.all([loadCartGoods(container, cartId), customs.cartDeclaration(cartId)])
  const { cart } = goods
  const shipping = goods.parcels.reduce((sum, p) => sum + p.amount, 0)

  // The binding is trusted only as far as it still holds: a saved identity of the customer who declared it,
  // or the guest identity entered for this cart; a removed identity no longer declares anything.
  const holds =
    declared &&
    !declared.identity.deleted_at &&
    (declared.identity.customer_id ? declared.binding.declared_by === declared.identity.customer_id : declared.identity.cart_id === cart.id)
  const identity: CartCustoms["identity"] = holds
    ? {
        id: declared.identity.id,
        digests: customs.digestsOf(declared.identity),
        masked: declared.identity.id_number_masked,
        real_name: declared.identity.real_name,
      }
    : null
  const usedFen = identity ? await customs.usedFen(identity.digests, quotaYear(at), { excludeCartId: cart.id }) : 0
  return {
    cart: { id: cart.id, customer_id: cart.customer_id, locale: cart.locale, currency_code: cart.currency_code },
    applies: chinaRulesApply(cart),
    identity,
    payer_is_buyer: !!holds && declared.binding.payer_is_buyer === true,
    assessment: assessCustoms(goods.lines, shipping, yuan(usedFen)),
    goods,
  }
}
