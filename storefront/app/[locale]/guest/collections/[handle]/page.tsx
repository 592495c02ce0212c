import CollectionPage from "../../../(shop)/collections/[handle]/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export const revalidate = 300

/** Rendered on first request and kept (see ../../layout.tsx); an unknown handle is a 404. */
export function generateStaticParams() {
  return []
}

export default function GuestCollectionPage({ params }: GuestProps<{ locale: string; handle: string }>) {
  return CollectionPage(guestPage(params))
}
