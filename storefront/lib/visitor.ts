import "server-only"
import { formatMoney } from "./format"
import { retrieveCart } from "./medusa/cart"
import { authToken } from "./medusa/session"

export interface MiniCartLine {
  id: string
  href: string
  title: string
  variant: string
  quantity: number
  total: string
  thumbnail: string | null
}

/** The header's personal parts: whether the visitor is signed in, and their cart at a glance. */
export interface VisitorState {
  signedIn: boolean
  count: number
  subtotal: string | null
  lines: MiniCartLine[]
}

/** Read from the visitor's cookies, so only ever rendered for them: never part of a cached page. */
export async function visitorState(locale: string): Promise<VisitorState> {
  const [cart, token] = await Promise.all([retrieveCart(locale), authToken()])
  return {
    signedIn: Boolean(token),
    count: cart?.itemCount ?? 0,
    subtotal: cart ? formatMoney(cart.subtotal, locale) : null,
    lines: (cart?.lines ?? []).map((l) => ({
      id: l.id,
      href: `/products/${l.productHandle}?variant=${l.variantId}`,
      title: l.productTitle,
      variant: l.variantTitle,
      quantity: l.quantity,
      total: formatMoney(l.subtotal, locale),
      thumbnail: l.thumbnail,
    })),
  }
}
