import { NextResponse, type NextRequest } from "next/server"
import { hasLocale } from "next-intl"
import { routing } from "@/i18n/routing"
import { searchCatalog } from "@/lib/medusa"

/** Instant suggestions for the search box: the first few products for what has been typed (Chinese, English or pinyin). */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 100)
  const locale = request.nextUrl.searchParams.get("locale") ?? routing.defaultLocale
  if (!q || !hasLocale(routing.locales, locale)) return NextResponse.json({ suggestions: [] })
  const { hits } = await searchCatalog(locale, { q, pageSize: 6, highlight: true, facets: false })
  return NextResponse.json(
    { suggestions: hits.map((h) => ({ handle: h.handle, title: h.title, highlight: h.highlight, price: h.price })) },
    { headers: { "cache-control": "public, max-age=60" } },
  )
}
