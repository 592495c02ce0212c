import ExporterPage, { generateMetadata as pageMetadata } from "../../../(shop)/exporters/[handle]/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export const revalidate = 300

/** Rendered on first request and kept (see ../../layout.tsx); an unknown handle is a 404. */
export function generateStaticParams() {
  return []
}

export function generateMetadata({ params }: GuestProps<{ locale: string; handle: string }>) {
  return pageMetadata(guestPage(params))
}

export default function GuestExporterPage({ params }: GuestProps<{ locale: string; handle: string }>) {
  return ExporterPage(guestPage(params))
}
