import type { ReactNode } from "react"
import { Header } from "./header"

/** The header and the page's main landmark, shared by the per-visitor (shop) pages and the cached guest pages. */
export function ShopFrame({ locale, guest = false, children }: { locale: string; guest?: boolean; children: ReactNode }) {
  return (
    <>
      <Header locale={locale} guest={guest} />
      <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
        {children}
      </main>
    </>
  )
}
