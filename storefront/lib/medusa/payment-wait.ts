import "server-only"
import { orderOfCart, paymentSession } from "./cart"
import { cartId } from "./session"

/** Where a wallet payment stands: paid and ordered (with the order), still waiting (with the session), or nothing to wait for. */
export async function walletPaymentState(locale: string) {
  const id = await cartId()
  if (!id) return { state: "none" as const }
  const { completedAt, session } = await paymentSession(locale, id)
  if (completedAt) {
    const placed = await orderOfCart(locale, id)
    // The cart is marked completed a moment before its order is linked to it: keep waiting, it is on its way.
    if (placed) return { state: "ordered" as const, placed }
  }
  return { state: "waiting" as const, session }
}
