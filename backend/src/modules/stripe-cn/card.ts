import { MedusaStripeCardProvider } from "./medusa-stripe"
import { stripeClient, type BozorStripeOptions } from "./client"

/** Medusa's Stripe card provider as shipped; only its client may point at another API base. */
export default class StripeCardService extends MedusaStripeCardProvider {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: BozorStripeOptions) {
    super(cradle, { ...options })
    this.stripe_ = stripeClient(options)
  }
}
