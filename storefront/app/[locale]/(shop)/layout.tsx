import type { ReactNode } from "react"
import { ShopFrame } from "@/components/layout/shop-frame"
import { layoutLocale } from "@/i18n/locale"

/** Pages rendered for each visitor (a query, the cart, the checkout, the account): their header is rendered with them. */
export default async function ShopLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  return <ShopFrame locale={await layoutLocale(params)}>{children}</ShopFrame>
}
