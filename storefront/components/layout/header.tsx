import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { MiniCart } from "@/components/cart/mini-cart"
import { HeaderSearchBox, SearchBox } from "@/components/search/search-box"
import { Link } from "@/i18n/navigation"
import { formatMoney } from "@/lib/format"
import { retrieveCart } from "@/lib/medusa/cart"
import { authToken } from "@/lib/medusa/session"
import { CategoryNav } from "./category-nav"
import { LanguageSwitch } from "./language-switch"

/**
 * The header of every page. A `guest` header (the cached pages a visitor without a cart or a session is served) reads
 * no cookies: an empty cart and a sign-in link, which is what such a visitor has.
 */
export async function Header({ locale, guest = false }: { locale: string; guest?: boolean }) {
  const t = await getTranslations({ locale, namespace: "header" })
  const [cart, signedIn] = guest ? [null, false] : await Promise.all([retrieveCart(locale), authToken().then(Boolean)])
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
          <Link href={signedIn ? "/account" : "/account/login"} data-testid="account-link">
            {signedIn ? t("account") : t("signIn")}
          </Link>
          <MiniCart
            count={cart?.itemCount ?? 0}
            subtotal={cart ? formatMoney(cart.subtotal, locale) : null}
            lines={(cart?.lines ?? []).map((l) => ({
              id: l.id,
              href: `/products/${l.productHandle}?variant=${l.variantId}`,
              title: l.productTitle,
              variant: l.variantTitle,
              quantity: l.quantity,
              total: formatMoney(l.subtotal, locale),
              thumbnail: l.thumbnail,
            }))}
          />
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
