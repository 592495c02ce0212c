import { NextResponse, type NextRequest } from "next/server"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { visitorState } from "@/lib/visitor"

/**
 * The header's personal parts (cart count and lines, signed in or not) for the cached pages, which every visitor is
 * served without them: the browser asks here once a page is up and after each add to the cart. Private and never
 * stored, by the shop or by anything between it and the visitor.
 */
export async function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get("locale") ?? routing.defaultLocale
  if (!hasLocale(routing.locales, locale)) {
    return NextResponse.json(
      { message: `locale must be one of ${routing.locales.join(", ")}` },
      { status: 400, headers: { "cache-control": "private, no-store" } },
    )
  }
  return NextResponse.json(await visitorState(locale), { headers: { "cache-control": "private, no-store" } })
}
