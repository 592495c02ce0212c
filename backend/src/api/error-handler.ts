import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, plus the cases it does not know: the search engine
 * being unreachable is a 503 (try again shortly), not a 500; an invitation
 * that was used or expired is 410 Gone; a listing the compliance checklist
 * refuses is a 400 that lists every item (src/utils/partner-errors.ts).
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
  return medusaErrorHandler(err, req as never, res as never, next)
}
