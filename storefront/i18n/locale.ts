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
