import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { HeaderSearchBox, SearchBox } from "@/components/search/search-box"
import { Link } from "@/i18n/navigation"
import { visitorState } from "@/lib/visitor"
import { CategoryNav } from "./category-nav"
import { LanguageSwitch } from "./language-switch"
import { VisitorParts } from "./visitor-parts"

/**
 * The header of every page. A `guest` header (the cached pages, which every visitor is served) reads no cookies: the
 * visitor's own parts (account link, mini-cart) are filled in by their browser. A page rendered per visitor renders
 * them in.
 */
export async function Header({ locale, guest = false }: { locale: string; guest?: boolean }) {
  const t = await getTranslations({ locale, namespace: "header" })
  const visitor = guest ? null : await visitorState(locale)
  return (
    <header className="border-b border-ink/10 bg-white/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-xl font-bold text-lapis-800">{t("brand")}</span>
          <span className="hidden text-sm text-ink/70 lg:inline">{t("tagline")}</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1 sm:px-4">
          {/* The box reads the query string, which only exists per request. */}
          <Suspense fallback={<SearchBox />}>
            <HeaderSearchBox />
          </Suspense>
        </div>
        <nav aria-label={t("account")} className="flex items-center gap-3 text-sm">
          <Link href="/pavilion" data-testid="header-pavilion">
            {t("pavilion")}
          </Link>
          <VisitorParts locale={locale} initial={visitor} />
          {/* The switch reads the query string, which only exists per request. */}
          <Suspense fallback={<LanguageSwitch label={t("language")} switchTo={t("switchTo")} keepQuery={false} />}>
            <LanguageSwitch label={t("language")} switchTo={t("switchTo")} />
          </Suspense>
        </nav>
      </div>
      <CategoryNav locale={locale} />
    </header>
  )
}
