"use client"

import { useLocale } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"

/** Switches language on the same page, keeping its query (filters, page, variant). */
export function LanguageSwitch({ label, switchTo, keepQuery = true }: { label: string; switchTo: string; keepQuery?: boolean }) {
  const locale = useLocale()
  const pathname = usePathname()
  const params = useSearchParams()
  const query = keepQuery && params ? Object.fromEntries(params) : {}
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale
  return (
    <nav aria-label={label}>
      <Link
        href={{ pathname, query }}
        locale={other}
        hrefLang={other}
        lang={other}
        className="rounded-full border border-ink/20 px-3 py-1 text-sm hover:bg-saffron-100"
        data-testid="language-switch"
      >
        {switchTo}
      </Link>
    </nav>
  )
}
