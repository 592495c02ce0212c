import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { guestRouting } from "./lib/guest-route"

/** `/` and unknown locales go to the visitor's language (Accept-Language), zh-CN by default. */
const localeRouting = createMiddleware(routing)

/** A request for a cacheable page is served by the cached guest tree, whoever asks (lib/guest-route.ts). */
export default function proxy(request: NextRequest) {
  const guest = guestRouting(request)
  if (guest?.kind === "hidden") return new NextResponse(null, { status: 404 })
  if (guest) return NextResponse.rewrite(new URL(guest.pathname + request.nextUrl.search, request.url))
  const response = localeRouting(request)
  // A preview link shows one exporter's unpublished draft: kept out of shared caches and search engines.
  if (request.nextUrl.searchParams.has("preview")) {
    response.headers.set("Cache-Control", "private, no-store")
    response.headers.set("X-Robots-Tag", "noindex, nofollow")
  }
  return response
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
