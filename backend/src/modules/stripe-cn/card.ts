import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import { stripeClient, type BozorStripeOptions } from "./client"

/** Medusa's Stripe card provider as shipped; only its client may point at another API base. */
export default class StripeCardService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: BozorStripeOptions) {
    super(cradle, options)
    this.stripe_ = stripeClient(options)
  }
}
