import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setConsulateStaffSuspensionWorkflow } from "../../../../../../workflows/consulate/set-consulate-staff-suspension"
import { operatorOf } from "../../../../actor"

/** Lifts a staff member's suspension. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setConsulateStaffSuspensionWorkflow(req.scope).run({
    input: { staff_id: req.params.id, suspended: false, actor: await operatorOf(req) },
  })
  res.json({ staff: result })
}
