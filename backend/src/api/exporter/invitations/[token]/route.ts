import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../../modules/exporter"
import type ExporterModuleService from "../../../../modules/exporter/service"
import { PARTNER_ACCESS_MODULE } from "../../../../modules/partner-access"
import PartnerAccessModuleService from "../../../../modules/partner-access/service"
import { INVITATION_GONE } from "../../../../workflows/partner-access/steps/claim-partner-invitation"
import { InvitationGoneError } from "../../../../utils/partner-errors"

/** Public: what the acceptance page shows before a person sets their password. 404 unknown, 410 used, replaced or expired. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const invitations: PartnerAccessModuleService = req.scope.resolve(PARTNER_ACCESS_MODULE)
  const invitation = await invitations.retrieveByToken(String(req.params.token))
  if (!invitation || invitation.actor_type !== "exporter" || !invitation.scope_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such invitation: check the link in the e-mail.")
  }
  const state = PartnerAccessModuleService.stateOf(invitation)
  if (state !== "open") throw new InvitationGoneError(INVITATION_GONE[state])
  const exporters: ExporterModuleService = req.scope.resolve(EXPORTER_MODULE)
  const exporter = await exporters.retrieveExporter(invitation.scope_id)
  res.json({
    invitation: {
      email: invitation.email,
      role: invitation.role,
      locale: invitation.locale,
      exporter: { name: exporter.name },
      expires_at: invitation.expires_at,
    },
  })
}
