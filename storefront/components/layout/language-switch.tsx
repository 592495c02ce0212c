"use client"

import { useLocale } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"

type Props = { label: string; switchTo: string }

/**
 * Switches language on the same page, keeping its query (filters, page, variant). The guest tree's cached pages have
 * no query and pass `keepQuery={false}`: reading the query there would make Next render them per request.
 */
export function LanguageSwitch({ keepQuery = true, ...props }: Props & { keepQuery?: boolean }) {
  return keepQuery ? <SwitchKeepingQuery {...props} /> : <Switch {...props} query={{}} />
}

function SwitchKeepingQuery(props: Props) {
  const params = useSearchParams()
  return <Switch {...props} query={params ? Object.fromEntries(params) : {}} />
}

function Switch({ label, switchTo, query }: Props & { query: Record<string, string> }) {
  const locale = useLocale()
  const pathname = usePathname()
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
