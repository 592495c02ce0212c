import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Footer } from "@/components/layout/footer"
import { knownLocale, layoutLocale } from "@/i18n/locale"
import { localeAlternates } from "@/i18n/routing"
import "../globals.css"
import { storefrontUrl } from "@bozor/shared"

/**
 * The message namespaces client components use; only these travel to the browser (the rest are rendered on the
 * server). A client component that starts using another namespace adds it here.
 */
const CLIENT_NAMESPACES = ["header", "search", "product", "cart", "checkout", "address", "customs", "account", "error"] as const

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = knownLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    metadataBase: new URL(storefrontUrl()),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    alternates: localeAlternates(locale, ""),
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await layoutLocale(params)
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "header" }), getMessages({ locale })])
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]))
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Past the header and the filters, straight to the products; globals.css hides it on pages without a list. */}
        <a
          href="#results"
          className="skip-to-results sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
          data-testid="skip-to-results"
        >
          {t("skipToResults")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          {/* The header and <main> come from the two page trees below: (shop) renders per visitor, guest is cached. */}
          <>{children}</>
          <Footer />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
