import medusaStripe from "@medusajs/payment-stripe"
import type { IPaymentProvider } from "@medusajs/framework/types"
import type Stripe from "stripe"

/** The parts of a payment intent that Medusa's Stripe providers let a subclass choose. */
export type PaymentIntentOptions = Pick<
  Stripe.PaymentIntentCreateParams,
  "capture_method" | "setup_future_usage" | "payment_method_types" | "payment_method_options"
>

/**
 * What Bozor relies on from Medusa's Stripe card provider: the Stripe client it calls (replaced by ours, see
 * client.ts) and the payment intent options its subclasses override.
 */
interface MedusaStripeProvider extends IPaymentProvider {
  stripe_: Stripe
  readonly paymentIntentOptions: PaymentIntentOptions
}

type MedusaStripeProviderClass = (new (cradle: Record<string, unknown>, options: Record<string, unknown>) => MedusaStripeProvider) & {
  identifier: string
}

/**
 * Medusa's Stripe card provider, taken from the package's public export (its list of providers) rather than from
 * its build folder, whose layout is not part of its interface. Fails at start if a new release drops it.
 */
function cardProvider(): MedusaStripeProviderClass {
  const services = (medusaStripe.services ?? []) as unknown as MedusaStripeProviderClass[]
  const card = services.find((service) => service.identifier === "stripe")
  if (!card) throw new Error('@medusajs/payment-stripe no longer exports its card provider (identifier "stripe")')
  return card
}

export const MedusaStripeCardProvider = cardProvider()
