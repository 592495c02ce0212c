import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeExporterPersonWorkflow } from "../../../../../../workflows/exporter/remove-exporter-person"
import { operatorOf } from "../../../../actor"

/** An operator removes one of an exporter's people (their sign-in no longer reaches the portal). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeExporterPersonWorkflow(req.scope).run({
    input: { exporter_id: req.params.id, admin_id: req.params.person_id, actor: await operatorOf(req) },
  })
  res.json({ id: result.id, object: "exporter_admin", deleted: true })
}
