import HomePage from "../(shop)/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

/** The home page as a guest gets it (see ../guest/layout.tsx): the first page of the catalog. */
export default function GuestHome({ params }: GuestProps<{ locale: string }>) {
  return HomePage(guestPage(params))
}
