import { randomUUID } from "node:crypto"

/**
 * A request id a caller may choose (the storefront sends one per backend call, a load balancer may too): short,
 * printable, nothing else. Anything longer or stranger is replaced, so a caller cannot fill logs with what it likes.
 */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

export function acceptedRequestId(given: string | string[] | undefined): string {
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID()
}

/**
 * A URL as logs and traces keep it: the path, and the names of its query parameters without their values. Values
 * are what people type — an operator's search for a buyer's e-mail or phone (`/admin/customers?q=…`), reset
 * tokens — and have no place in a log.
 */
export function withoutQueryValues(url: string): string {
  const at = url.indexOf("?")
  if (at < 0) return url
  const names = url
    .slice(at + 1)
    .split("&")
    .filter(Boolean)
    .map((pair) => `${pair.split("=")[0].slice(0, 64)}=*`)
  return `${url.slice(0, at)}?${names.join("&")}`
}
