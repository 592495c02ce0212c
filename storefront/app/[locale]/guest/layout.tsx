import type { ReactNode } from "react"
import { ShopFrame } from "@/components/layout/shop-frame"
import { routeLocale } from "@/i18n/locale"

/**
 * The pages every visitor is served from the page cache, as a guest sees them: home, categories, collections,
 * products and exporters without a query string. The proxy rewrites such requests here (lib/guest-route.ts); this
 * tree reads no cookies and no query, so each page is rendered once, kept, and rendered again when the backend
 * revalidates the tags of its data or after five minutes. The visitor's own header parts come from their browser
 * (components/layout/visitor-parts.tsx). Its URLs are never public.
 */
export default async function GuestLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ShopFrame locale={await routeLocale(params)} guest>
      {children}
    </ShopFrame>
  )
}
