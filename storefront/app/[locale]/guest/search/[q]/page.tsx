import SearchPage, { generateMetadata as pageMetadata } from "../../../(shop)/search/page"
import { guestPage, type GuestProps } from "@/lib/guest-route"

export { generateStaticParams } from "@/lib/guest-route"

export const revalidate = 300

type Params = { locale: string; q: string }
/** The segment arrives as the proxy encoded it (lib/guest-route.ts), and a query it routes here has no "%" of its own. */
const props = (params: Promise<Params>) => guestPage(params, ({ q }) => ({ q: decodeURIComponent(q) }))

export function generateMetadata({ params }: GuestProps<Params>) {
  return pageMetadata(props(params))
}

/** A guest's plain search, its query put in the path by the proxy. */
export default function GuestSearchPage({ params }: GuestProps<Params>) {
  return SearchPage(props(params))
}
