import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus one case it does not know: the search engine
 * being unreachable is a 503 (try again shortly), not a 500.
 */
export function bozorErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (err?.code === "search_unavailable" || err?.name === "MeilisearchUnavailableError") {
    res.status(503).json({ type: "search_unavailable", message: "Search is temporarily unavailable; please try again in a moment." })
    return
  }
  return medusaErrorHandler(err, req as never, res as never, next)
}
