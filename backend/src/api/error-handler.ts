import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { budgetSpentMessage } from "../utils/promotion-messages"

const medusaErrorHandler = errorHandler()

/** The Promotion Module's refusal when an order would spend more than a campaign's budget (its text is its only mark). */
const BUDGET_EXCEEDED = "Promotion usage exceeds the budget limit."
const CART_COMPLETION = /^\/store\/carts\/([^/]+)\/complete\/?$/

/**
 * Placing an order whose promotion's budget another order has just spent: the cart is refreshed (the promotion no
 * longer applies, its payment is to be made again for the new total) and the buyer is told so in their language.
 */
async function budgetSpent(cartId: string, req: MedusaRequest, res: MedusaResponse) {
  try {
    await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cartId, force_refresh: true } })
  } catch (e) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Could not refresh cart ${cartId} after its promotion's budget ran out: ${(e as Error).message}`)
  }
  res.status(400).json({ type: "promotion_budget_spent", message: budgetSpentMessage(req.locale) })
}

/**
 * Medusa's error handler, plus the cases it does not know: the search engine
 * being unreachable is a 503 (try again shortly), not a 500; an invitation
 * that was used or expired is 410 Gone; a listing the compliance checklist
 * refuses is a 400 that lists every item (src/utils/partner-errors.ts); an order whose promotion's budget has just
 * been spent is a 400 in the buyer's language, with the cart refreshed without it.
 */
export function bozorErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (err?.code === "search_unavailable" || err?.name === "MeilisearchUnavailableError") {
    res.status(503).json({ type: "search_unavailable", message: "Search is temporarily unavailable; please try again in a moment." })
    return
  }
  if (err?.type === "invitation_gone") {
    res.status(410).json({ type: err.type, message: err.message })
    return
  }
  if (err?.type === "checklist" && Array.isArray(err.checklist)) {
    res.status(400).json({ type: err.type, message: err.message, checklist: err.checklist })
    return
  }
  const completing = CART_COMPLETION.exec(req.path)
  if (err?.message === BUDGET_EXCEEDED && completing) return budgetSpent(completing[1], req, res)
  return medusaErrorHandler(err, req as never, res as never, next)
}
