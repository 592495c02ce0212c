import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "always",
})

export type Locale = (typeof routing.locales)[number]

/**
 * A page's canonical address and its address in each of the shop's languages (`path` after the locale, "" for the
 * home page), for its metadata: search engines offer each reader the page in their language.
 */
export const localeAlternates = (locale: string, path: string) => ({
  canonical: `/${locale}${path}`,
  languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}${path}`])),
})
