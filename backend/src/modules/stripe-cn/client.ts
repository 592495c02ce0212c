import Stripe from "stripe"

export interface BozorStripeOptions {
  apiKey: string
  webhookSecret: string
  /** Where Stripe's API is reached; set only to talk to a stand-in for Stripe (the tests' local server). */
  apiBase?: string
  capture?: boolean
}

/** A Stripe client for the configured API base: api.stripe.com unless `apiBase` says otherwise. */
export function stripeClient(options: BozorStripeOptions): Stripe {
  if (!options.apiBase) return new Stripe(options.apiKey)
  const url = new URL(options.apiBase)
  return new Stripe(options.apiKey, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol.replace(":", "") as "http" | "https",
    maxNetworkRetries: 0,
  })
}
