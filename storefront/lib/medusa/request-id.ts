import "server-only"
import Medusa from "@medusajs/js-sdk"
import { randomUUID } from "node:crypto"

type Fetch = Medusa["client"]["fetch"]

/**
 * Every call the storefront makes for a visitor carries an `x-request-id`; Medusa logs the request under it
 * (`request_id` in its JSON request log) and the storefront logs the call under it too, so an operator follows a
 * request from the storefront's log into Medusa's. Cached catalog reads carry none: Next keys its data cache by the
 * request's headers, and a new id on each read would make every read a miss (Medusa gives those an id of its own).
 * Only the path is logged: queries and bodies hold what visitors type.
 */
export function traceBackendCalls(sdk: Medusa) {
  const fetch = sdk.client.fetch.bind(sdk.client) as Fetch
  sdk.client.fetch = (async (input, init) => {
    if (init?.cache === "force-cache") return fetch(input, init)
    const requestId = randomUUID()
    const started = performance.now()
    let status: number | undefined
    try {
      return await fetch(input, { ...init, headers: { ...init?.headers, "x-request-id": requestId } })
    } catch (e) {
      status = (e as { status?: number }).status ?? 0
      throw e
    } finally {
      const path = String(input).split("?")[0]
      const line = {
        level: status === undefined || status < 500 ? "http" : "error",
        message: "backend call",
        request_id: requestId,
        method: init?.method ?? "GET",
        path,
        ...(status === undefined ? { ok: true } : { ok: false, status }),
        duration_ms: Math.round(performance.now() - started),
        timestamp: new Date().toISOString(),
      }
      console.log(JSON.stringify(line))
    }
  }) as Fetch
}
