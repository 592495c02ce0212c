import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkouts } from "./metrics"

/**
 * Counts what became of each cart completion, read from Medusa's answer: an order (completed), the cart back with a
 * payment error (payment_failed, answered 200), a 4xx (refused: a rule of China's, stock, a cart not ready; the
 * customs rules are counted by rule in the completion hook), or a 5xx (failed).
 */
export function countCheckoutOutcome(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let outcome: string | undefined
  const json = res.json.bind(res)
  res.json = (body?: { type?: string; error?: unknown }) => {
    if (res.statusCode < 300) outcome = body?.type === "order" ? "completed" : body?.error ? "payment_failed" : undefined
    return json(body)
  }
  res.once("finish", () => {
    checkouts.inc({ outcome: outcome ?? (res.statusCode >= 500 ? "failed" : res.statusCode >= 400 ? "refused" : "other") })
  })
  next()
}
