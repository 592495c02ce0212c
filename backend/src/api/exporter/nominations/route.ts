import type { MedusaResponse } from "@medusajs/framework/http"
import { listNominations } from "../../../utils/campaign-nominations"
import type { PartnerRequest } from "../../partner-actor"

/** The consulate's invitations of this exporter's products into campaigns, newest first. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json({ nominations: await listNominations(req.scope, { exporter_id: req.partner.organisation.id }) })
}
