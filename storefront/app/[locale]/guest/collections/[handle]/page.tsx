import CollectionPage from "../../../(shop)/collections/[handle]/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

export default function GuestCollectionPage({ params }: GuestProps<{ locale: string; handle: string }>) {
  return CollectionPage(guestPage(params))
}
