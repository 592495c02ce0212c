import HomePage from "../(shop)/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export const revalidate = 300

/** Rendered on first request, not at build (the build runs without the backend), and kept. */
export function generateStaticParams() {
  return []
}

/** The home page as a guest gets it (see ../guest/layout.tsx): the first page of the catalog. */
export default function GuestHome({ params }: GuestProps<{ locale: string }>) {
  return HomePage(guestPage(params))
}
