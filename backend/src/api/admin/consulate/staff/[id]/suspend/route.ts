import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setConsulateStaffSuspensionWorkflow } from "../../../../../../workflows/consulate/set-consulate-staff-suspension"
import { operatorOf } from "../../../../actor"
import type { AdminSuspendConsulateStaff } from "../../../validators"

/** Suspends a staff member: refused on every /consulate route at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendConsulateStaff>, res: MedusaResponse) {
  const { result } = await setConsulateStaffSuspensionWorkflow(req.scope).run({
    input: { staff_id: req.params.id, suspended: true, reason: req.validatedBody?.reason ?? null, actor: await operatorOf(req) },
  })
  res.json({ staff: result })
}
