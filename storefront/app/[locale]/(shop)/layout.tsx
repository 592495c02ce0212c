import type { ReactNode } from "react"
import { ShopFrame } from "@/components/layout/shop-frame"
import { layoutLocale } from "@/i18n/locale"

/** Pages rendered for each visitor: their cart and sign-in are read from their cookies. */
export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return <ShopFrame locale={await layoutLocale(params)}>{children}</ShopFrame>
}
