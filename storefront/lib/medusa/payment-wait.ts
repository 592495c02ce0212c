import "server-only"
import { completeCart, paymentSession } from "./cart"
import { cartId } from "./session"

/** Where a wallet payment stands: paid and ordered (with the order), still waiting (with the session), or nothing to wait for. */
export async function walletPaymentState(locale: string) {
  const id = await cartId()
  if (!id) return { state: "none" as const }
  const { completedAt, session } = await paymentSession(locale, id)
  if (completedAt) {
    // The webhook completed the cart; completing again answers with its order.
    const result = await completeCart(locale, id)
    return "orderId" in result ? { state: "ordered" as const, orderId: result.orderId } : { state: "none" as const }
  }
  return { state: "waiting" as const, session }
}
