import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteExporterPersonWorkflow } from "../../../../../workflows/exporter/invite-exporter-person"
import { operatorOf } from "../../../actor"
import type { AdminInviteExporterPerson } from "../../validators"

/** An operator invites a person to an exporter (its first owner, usually), e-mailed in the language chosen. */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteExporterPerson>, res: MedusaResponse) {
  const { result } = await inviteExporterPersonWorkflow(req.scope).run({
    input: {
      exporter_id: req.params.id,
      ...req.validatedBody,
      actor: await operatorOf(req),
      already_member_message: "This e-mail address already belongs to a person of an exporter on Bozor.",
    },
  })
  res
    .status(201)
    .json({ invitation: { id: result.id, email: result.email, role: result.role, locale: result.locale, expires_at: result.expires_at } })
}
