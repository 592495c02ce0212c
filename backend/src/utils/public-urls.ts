/**
 * Where the backend is reached from outside (links in e-mails; the shop's is storefrontUrl of @bozor/shared).
 * From configuration only, never from a request's Host header, which a client writes.
 */
export const backendBaseUrl = () => (process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`).replace(/\/$/, "")
