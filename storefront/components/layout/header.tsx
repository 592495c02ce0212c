import { getLocale, getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import { LanguageSwitch } from "./language-switch"

export async function Header() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "header" })
  return (
    <header className="border-b border-ink/10 bg-white/90">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-xl font-bold text-lapis-800">{t("brand")}</span>
          <span className="hidden text-sm text-ink/70 sm:inline">{t("tagline")}</span>
        </Link>
        {/* The switch reads the query string, which only exists per request. */}
        <Suspense fallback={<LanguageSwitch label={t("language")} switchTo={t("switchTo")} keepQuery={false} />}>
          <LanguageSwitch label={t("language")} switchTo={t("switchTo")} />
        </Suspense>
      </div>
    </header>
  )
}
