import CollectionPage, { generateMetadata as pageMetadata } from "../../../(shop)/collections/[handle]/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

export function generateMetadata({ params }: GuestProps<{ locale: string; handle: string }>) {
  return pageMetadata(guestPage(params))
}

export default function GuestCollectionPage({ params }: GuestProps<{ locale: string; handle: string }>) {
  return CollectionPage(guestPage(params))
}
