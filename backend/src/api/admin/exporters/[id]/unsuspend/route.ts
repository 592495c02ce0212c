import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setExporterSuspensionWorkflow } from "../../../../../workflows/exporter/set-exporter-suspension"
import { operatorOf } from "../../../actor"

/** Lifts an exporter's suspension. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setExporterSuspensionWorkflow(req.scope).run({
    input: { exporter_id: req.params.id, suspended: false, actor: await operatorOf(req) },
  })
  res.json({ exporter: result[0] })
}
