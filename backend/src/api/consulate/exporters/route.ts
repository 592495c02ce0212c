import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerRequest } from "../../partner-actor"

/** The verified exporters staff may feature on the pavilion: what the shop shows of them (name, handle, region). */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "exporter",
    fields: ["id", "name", "handle", "region"],
    filters: { verified: true, suspended: false },
    pagination: { take: 500, order: { name: "ASC" } },
  })
  res.json({ exporters: data })
}
