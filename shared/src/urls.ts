/** Where the shop is reached when STOREFRONT_URL does not say: `next start`'s port on this machine. */
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

/** The shop's public base URL, without a trailing slash: from configuration only, never from a request. */
export const storefrontUrl = (env: Record<string, string | undefined> = process.env) =>
  (env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL).replace(/\/$/, "")
