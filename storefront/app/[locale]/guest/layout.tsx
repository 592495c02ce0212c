import type { ReactNode } from "react"
import { ShopFrame } from "@/components/layout/shop-frame"
import { routeLocale } from "@/i18n/locale"

/**
 * The pages a guest (a visitor with no cart and no session) is served from the page cache: home, categories,
 * collections, products and exporters without a query string. The proxy rewrites such requests here
 * (lib/guest-route.ts); this tree reads no cookies and no query, so each page is rendered once, kept, and rendered
 * again when the backend revalidates the tags of its data or after five minutes.
 * Its URLs are never public.
 */
export default async function GuestLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return <ShopFrame locale={await routeLocale(params)} guest>{children}</ShopFrame>
}
