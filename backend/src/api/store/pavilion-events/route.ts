import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upcomingEvents } from "../../../utils/pavilion"

/** Upcoming events (published, not yet ended), soonest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ events: await upcomingEvents(req.scope) })
}
