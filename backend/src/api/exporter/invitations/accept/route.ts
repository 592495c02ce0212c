import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptExporterInvitationWorkflow } from "../../../../workflows/exporter/accept-exporter-invitation"
import type { ExporterAcceptInvitation } from "../../validators"

/** Public: accepts an invitation once and sets the password; the person then signs in with POST /auth/exporter/emailpass. */
export async function POST(req: MedusaRequest<ExporterAcceptInvitation>, res: MedusaResponse) {
  const { result } = await acceptExporterInvitationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ email: result.email })
}
