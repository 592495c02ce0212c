import CampaignPage, { generateMetadata as pageMetadata } from "../../../(shop)/campaigns/[slug]/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

export function generateMetadata({ params }: GuestProps<{ locale: string; slug: string }>) {
  return pageMetadata(guestPage(params))
}

/** A campaign's page as a guest gets it, from the page cache (the backend expires it at the campaign's end). */
export default function GuestCampaignPage({ params }: GuestProps<{ locale: string; slug: string }>) {
  return CampaignPage(guestPage(params))
}
