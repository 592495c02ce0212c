import { notFound } from "next/navigation"
import { routeLocale } from "@/i18n/locale"

/**
 * Any path under a locale that no page answers: the shop's own 404 in that language, with its header and search
 * (../not-found.tsx), rather than Next's bare page outside every layout.
 */
export default async function UnknownPage({ params }: { params: Promise<{ locale: string }> }) {
  await routeLocale(params)
  notFound()
}
