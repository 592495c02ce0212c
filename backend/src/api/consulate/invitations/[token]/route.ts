import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSULATE_NAME } from "../../../../modules/consulate/constants"
import { openPartnerInvitation } from "../../../../utils/partner-invitations"

/** Public: what the acceptance page shows before a staff member sets their password. 404 unknown, 410 used, replaced or expired. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const invitation = await openPartnerInvitation(req.scope, "consulate", String(req.params.token))
  res.json({
    invitation: {
      email: invitation.email,
      role: invitation.role,
      locale: invitation.locale,
      consulate: { name: CONSULATE_NAME[invitation.locale] },
      expires_at: invitation.expires_at,
    },
  })
}
