import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setExporterSuspensionWorkflow } from "../../../../../workflows/exporter/set-exporter-suspension"
import { operatorOf } from "../../../actor"
import type { AdminSuspendExporter } from "../../validators"

/** Suspends an exporter: its people are refused on every portal route at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendExporter>, res: MedusaResponse) {
  const { result } = await setExporterSuspensionWorkflow(req.scope).run({
    input: { exporter_id: req.params.id, suspended: true, reason: req.validatedBody?.reason ?? null, actor: await operatorOf(req) },
  })
  res.json({ exporter: result[0] })
}
