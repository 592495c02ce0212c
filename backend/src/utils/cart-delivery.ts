import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryOfOptions } from "./delivery"
import { PAYMENT_PROVIDERS } from "@bozor/shared"

/** A mainland mobile number: 11 digits starting 13–19, optionally written with +86 and spaces or dashes. */
const isMainlandMobile = (phone: string | null | undefined) =>
  /^1[3-9]\d{9}$/.test((phone ?? "").replace(/[\s-]/g, "").replace(/^\+?86/, ""))

type Problem = "pickup_contact" | "parcel_address" | "pay_online"

const MESSAGES: Record<"en" | "zh-CN", Record<Problem, string>> = {
  en: {
    pickup_contact:
      "Pickup at the Guangzhou centre: give the name and the mainland mobile number (11 digits starting with 1) of the person who collects the order.",
    parcel_address: "A parcel needs a delivery address: province, city and street.",
    pay_online:
      "Parcels mailed from Tashkent are paid online (card, Alipay or WeChat Pay): paying at the centre is only for goods from the Guangzhou centre.",
  },
  "zh-CN": {
    pickup_contact: "广州展销中心自提：请填写提货人的姓名和中国大陆手机号码（11 位，以 1 开头）。",
    parcel_address: "快递包裹需要收货地址：省份、城市和详细地址。",
    pay_online: "从塔什干直邮的跨境包裹需在线支付（银行卡、支付宝或微信支付）；到店支付仅适用于广州展销中心的现货。",
  },
}

const deliveryMessage = (locale: string | null | undefined, problem: Problem) =>
  MESSAGES[locale?.toLowerCase().startsWith("en") ? "en" : "zh-CN"][problem]

/** The cart as the delivery checks read it, with how its goods reach the buyer. */
async function loadCartDelivery(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "locale",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "shipping_address.address_1",
      "shipping_address.city",
      "shipping_methods.shipping_option_id",
      "payment_collection.payment_sessions.provider_id",
    ],
    filters: { id: cartId },
  })
  if (!cart) return null
  const c = cart as Record<string, any>
  const optionIds = (c.shipping_methods ?? []).flatMap((m: any) => (m?.shipping_option_id ? [m.shipping_option_id] : []))
  const refuse = (problem: Problem) => new MedusaError(MedusaError.Types.INVALID_DATA, deliveryMessage(c.locale, problem))
  return { cart: c, delivery: await deliveryOfOptions(container, optionIds), refuse }
}

/**
 * What the chosen delivery needs of the buyer before an order is placed, whatever a client sent: a pickup needs who
 * collects it (name and mainland mobile), a parcel an address. Refusals are 400s in the cart's language.
 */
export async function assertDeliveryDetails(container: MedusaContainer, cartId: string) {
  const loaded = await loadCartDelivery(container, cartId)
  if (!loaded) return
  const { cart, delivery, refuse } = loaded
  const a = cart.shipping_address ?? {}
  if (delivery.pickup && (!(a.last_name || a.first_name) || !isMainlandMobile(a.phone))) throw refuse("pickup_contact")
  if (delivery.parcel && !(a.address_1 && a.city)) throw refuse("parcel_address")
}

/**
 * A parcel from Tashkent is paid online: customs matches a cross-border order with its payment record, which paying
 * in cash at the counter cannot give (nor would the buyer ever come to the counter). Checked after China's
 * cross-border rules, whose refusals say more about the order itself.
 */
export async function assertPaidOnline(container: MedusaContainer, cartId: string) {
  const loaded = await loadCartDelivery(container, cartId)
  if (!loaded) return
  const { cart, delivery, refuse } = loaded
  const providers = (cart.payment_collection?.payment_sessions ?? []).map((s: any) => s?.provider_id)
  if (delivery.crossBorderParcel && providers.includes(PAYMENT_PROVIDERS.system)) throw refuse("pay_online")
}
