import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Liveness: the process answers HTTP. It checks nothing else, so a dependency that is down never gets it restarted. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.set("Cache-Control", "no-store").json({ status: "live" })
}
