import PavilionPage, { generateMetadata as pageMetadata } from "../../(shop)/pavilion/page"
import type { GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

export function generateMetadata({ params }: GuestProps<{ locale: string }>) {
  return pageMetadata({ params })
}

/** The pavilion as a guest gets it, from the page cache (consulate edits and event ends expire it). */
export default function GuestPavilionPage({ params }: GuestProps<{ locale: string }>) {
  return PavilionPage({ params })
}
