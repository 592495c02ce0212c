import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { routing, type Locale } from "./routing"

/**
 * The locale of a route, validated: an unknown one is a 404 rather than a
 * RangeError deep in Intl. Every page calls it, since pages render in
 * parallel with the layout that would otherwise catch it.
 */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/**
 * The locale a layout renders in. A path whose first segment is no locale (one the proxy does not redirect, such as
 * /nonsense.html) is rendered in the default language, so that its page's 404 comes with the shop's header and
 * search instead of Next's bare page, which has no layout and no language. The page itself still refuses the
 * unknown locale (routeLocale).
 */
export async function layoutLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = knownLocale((await params).locale)
  setRequestLocale(locale)
  return locale
}

/** The locale itself when the shop has it, the default one otherwise. */
export const knownLocale = (locale: string): Locale => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale)
