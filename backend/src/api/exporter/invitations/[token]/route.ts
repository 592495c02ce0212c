import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORTER_MODULE } from "../../../../modules/exporter"
import type ExporterModuleService from "../../../../modules/exporter/service"
import { openPartnerInvitation } from "../../../../utils/partner-invitations"

/** Public: what the acceptance page shows before a person sets their password. 404 unknown, 410 used, replaced or expired. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const invitation = await openPartnerInvitation(req.scope, "exporter", String(req.params.token))
  if (!invitation.scope_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such invitation: check the link in the e-mail.")
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
