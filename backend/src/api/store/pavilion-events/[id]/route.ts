import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { upcomingEvents } from "../../../../utils/pavilion"

/** One upcoming event (its calendar file is made from this); a draft or a past event is a 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [event] = await upcomingEvents(req.scope, new Date(), { id: req.params.id })
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No upcoming event ${req.params.id}`)
  res.json({ event })
}
