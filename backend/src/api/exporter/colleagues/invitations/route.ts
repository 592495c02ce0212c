import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteExporterPersonWorkflow } from "../../../../workflows/exporter/invite-exporter-person"
import { exporterMessage } from "../../messages"
import { auditActorOf } from "../../helpers"
import type { PartnerRequest } from "../../../partner-actor"
import type { ExporterInviteColleague } from "../../validators"

/** The owner invites a colleague to the exporter (e-mailed in the language chosen, by default the owner's). */
export async function POST(req: PartnerRequest<ExporterInviteColleague>, res: MedusaResponse) {
  const { email, role, locale } = req.validatedBody
  const { result } = await inviteExporterPersonWorkflow(req.scope).run({
    input: {
      exporter_id: req.partner.organisation.id,
      email,
      role,
      locale: locale ?? req.partner.person.locale,
      actor: auditActorOf(req),
      already_member_message: exporterMessage(req.partner.person.locale, "already_member"),
    },
  })
  res.status(201).json({ invitation: { id: result.id, email: result.email, role: result.role, expires_at: result.expires_at } })
}
