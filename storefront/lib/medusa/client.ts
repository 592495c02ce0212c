import "server-only"
import Medusa from "@medusajs/js-sdk"
import { traceBackendCalls } from "./request-id"

let sdk: Medusa | undefined

/**
 * The one Medusa client of the storefront. The backend URL and the publishable
 * key come from the environment at run time (the launcher reads the key from
 * the seeded database), never from the build.
 */
export function medusa(): Medusa {
  if (!sdk) {
    const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
    if (!publishableKey) throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot read the catalog.")
    sdk = new Medusa({
      baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
      publishableKey,
      auth: { type: "session" },
    })
    traceBackendCalls(sdk)
  }
  return sdk
}

/** A cached GET against the store API, tagged for revalidation, in the shop's locale. */
export function storeGet<T>(path: string, options: { locale: string; query?: Record<string, unknown>; tags: string[] }) {
  return medusa().client.fetch<T>(path, {
    query: options.query,
    headers: { "x-medusa-locale": options.locale },
    cache: "force-cache",
    next: { tags: options.tags },
  })
}
