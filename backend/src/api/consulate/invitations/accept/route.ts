import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptConsulateInvitationWorkflow } from "../../../../workflows/consulate/accept-consulate-invitation"
import type { PartnerAcceptInvitation } from "../../../partner-validators"

/** Public: accepts a staff invitation once and sets the password; the person then signs in with POST /auth/consulate/emailpass. */
export async function POST(req: MedusaRequest<PartnerAcceptInvitation>, res: MedusaResponse) {
  const { result } = await acceptConsulateInvitationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ email: result.email })
}
