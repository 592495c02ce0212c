/**
 * The payment providers Medusa loads for Bozor, by the id Medusa gives each (`pp_<identifier>_<config id>`):
 * its system provider ("pay at the centre") and Stripe's card, Alipay and WeChat Pay (backend/src/modules/stripe-cn).
 */
export const PAYMENT_PROVIDERS = {
  system: "pp_system_default",
  card: "pp_stripe_stripe",
  alipay: "pp_stripe-alipay_stripe",
  wechat: "pp_stripe-wechat-pay_stripe",
} as const
export type PaymentKind = keyof typeof PAYMENT_PROVIDERS
export type PaymentProviderId = (typeof PAYMENT_PROVIDERS)[PaymentKind]

/** What kind of payment a provider id is, or null for one Bozor does not know. */
export function paymentKind(providerId: string | null | undefined): PaymentKind | null {
  const entry = Object.entries(PAYMENT_PROVIDERS).find(([, id]) => id === providerId)
  return entry ? (entry[0] as PaymentKind) : null
}

/**
 * Whether an order is paid at the Guangzhou centre's counter: it has payments, all by the system provider. Medusa
 * calls such an order "authorized" although the buyer has not paid yet.
 */
export function isPayAtCentre(providerIds: (string | null | undefined)[]): boolean {
  return providerIds.length > 0 && providerIds.every((id) => paymentKind(id) === "system")
}
