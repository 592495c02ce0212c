import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteConsulateStaffWorkflow } from "../../../../workflows/consulate/invite-consulate-staff"
import { operatorOf } from "../../actor"
import type { AdminInviteConsulateStaff } from "../validators"

/** An operator invites a member of the consulate's staff: the only way in. */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteConsulateStaff>, res: MedusaResponse) {
  const { result } = await inviteConsulateStaffWorkflow(req.scope).run({ input: { ...req.validatedBody, actor: await operatorOf(req) } })
  res.status(201).json({ invitation: { id: result.id, email: result.email, locale: result.locale, expires_at: result.expires_at } })
}
