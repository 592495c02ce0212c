import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeExporterPersonWorkflow } from "../../../../workflows/exporter/remove-exporter-person"
import { exporterMessage } from "../../messages"
import { auditActorOf } from "../../helpers"
import type { PartnerRequest } from "../../../partner-actor"

/** The owner removes a colleague (never themselves); a person of another exporter is a 404. */
export async function DELETE(req: PartnerRequest, res: MedusaResponse) {
  if (req.params.id === req.partner.person.id)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, exporterMessage(req.partner.person.locale, "not_self"))
  const { result } = await removeExporterPersonWorkflow(req.scope).run({
    input: { exporter_id: req.partner.organisation.id, admin_id: req.params.id, actor: auditActorOf(req) },
  })
  res.json({ id: result.id, object: "exporter_admin", deleted: true })
}
