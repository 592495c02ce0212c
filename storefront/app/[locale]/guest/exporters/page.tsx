import ExportersPage, { generateMetadata as pageMetadata } from "../../(shop)/exporters/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

export function generateMetadata({ params }: GuestProps<{ locale: string }>) {
  return pageMetadata(guestPage(params))
}

export default function GuestExportersPage({ params }: GuestProps<{ locale: string }>) {
  return ExportersPage(guestPage(params))
}
