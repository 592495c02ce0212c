/**
 * Where the shop and the backend are reached from outside (links in e-mails).
 * From configuration only, never from a request's Host header, which a client writes.
 */
export const storefrontBaseUrl = () => (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")

export const backendBaseUrl = () => (process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`).replace(/\/$/, "")
