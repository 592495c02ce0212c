import { routing } from "@/i18n/routing"

/**
 * The internal segment of the cached pages (app/[locale]/guest: each page as a guest sees it, which is what every
 * visitor is served, their own header parts filled in by the browser); never a public URL.
 */
const GUEST_SEGMENT = "guest"

const LOCALES = routing.locales.join("|").replace(/-/g, "\\-")
/**
 * Pages that are the same for every visitor when they have no query: home, the exporters, the pavilion, and one
 * category, collection, product, exporter or campaign. Their prices are the shop region's (every cart is made in it),
 * and nothing on them depends on the visitor's cart or account but the header's personal parts.
 */
const CACHEABLE = new RegExp(`^/(${LOCALES})(/exporters|/pavilion|/(?:categories|collections|products|exporters|campaigns)/[^/]+)?/?$`)
const INTERNAL = new RegExp(`^/(${LOCALES})/${GUEST_SEGMENT}(/|$)`)
/** The search results page, the same for every visitor with the same plain query. */
const SEARCH = new RegExp(`^/(${LOCALES})/search/?$`)
/** The router's own cache-busting parameter on page data requests; it does not change the page. */
const ROUTER_PARAMS = new Set(["_rsc"])
/** A search whose results page is cached: a plain query of up to 64 characters, nothing else in the URL. */
const MAX_CACHED_QUERY = 64
const PLAIN_QUERY = /^[^/\\%]+$/

export type GuestRouting = { kind: "guest"; pathname: string } | { kind: "hidden" } | null

/**
 * Where the proxy sends a request for a page. A GET of a cacheable page goes to the same page in the guest tree, which
 * is rendered once and served from the page cache (a search's query becomes a path segment there), whoever asks: a
 * guest, a buyer with a cart, a signed-in customer; their cookies play no part. The internal URLs themselves are hidden
 * (404); anything else (a query string beyond a plain search, a form post or server action) is rendered for the
 * visitor (null).
 */
export function guestRouting(request: { method: string; nextUrl: URL }): GuestRouting {
  const { pathname, searchParams } = request.nextUrl
  if (INTERNAL.test(pathname)) return { kind: "hidden" }
  if (request.method !== "GET" && request.method !== "HEAD") return null
  const keys = [...searchParams.keys()].filter((key) => !ROUTER_PARAMS.has(key))
  const page = CACHEABLE.exec(pathname)
  if (page) return keys.length ? null : { kind: "guest", pathname: `/${page[1]}/${GUEST_SEGMENT}${page[2] ?? ""}` }
  const search = SEARCH.exec(pathname)
  const q = searchParams.get("q")?.trim() ?? ""
  if (!search || keys.length !== 1 || keys[0] !== "q" || !q || q.length > MAX_CACHED_QUERY || !PLAIN_QUERY.test(q)) return null
  return { kind: "guest", pathname: `/${search[1]}/${GUEST_SEGMENT}/search/${encodeURIComponent(q)}` }
}

/**
 * Every guest page's: no pages at build (the build runs without the backend); each is rendered on its first request,
 * kept, and an unknown handle is a 404.
 */
export function generateStaticParams() {
  return []
}

/** The props a guest page passes to the shop's page of the same route: its params, and the query it stands for (none). */
export type GuestProps<P> = { params: Promise<P> }
export function guestPage<P>(params: Promise<P>, query: (params: P) => Record<string, string> = () => ({})) {
  return { params, searchParams: params.then(query) }
}
