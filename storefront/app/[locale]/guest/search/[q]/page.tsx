import SearchPage, { generateMetadata as pageMetadata } from "../../../(shop)/search/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export const revalidate = 300

/** A guest's plain search (the proxy puts its query in the path), rendered on first request and kept. */
export function generateStaticParams() {
  return []
}

type Params = { locale: string; q: string }
/** The segment arrives as the proxy encoded it (lib/guest-route.ts), and a query it routes here has no "%" of its own. */
const props = (params: Promise<Params>) => guestPage(params, ({ q }) => ({ q: decodeURIComponent(q) }))

export function generateMetadata({ params }: GuestProps<Params>) {
  return pageMetadata(props(params))
}

export default function GuestSearchPage({ params }: GuestProps<Params>) {
  return SearchPage(props(params))
}
