import type { MedusaResponse } from "@medusajs/framework/http"
import { CONSULATE_MODULE } from "../../../modules/consulate"
import { CONSULATE_NAME } from "../../../modules/consulate/constants"
import type ConsulateModuleService from "../../../modules/consulate/service"
import { updateConsulateStaffWorkflow } from "../../../workflows/consulate/update-consulate-staff"
import type { PartnerRequest } from "../../partner-actor"
import type { PartnerUpdateMe } from "../../partner-validators"
import { consulateAuditActor } from "../helpers"

async function me(req: PartnerRequest) {
  const service: ConsulateModuleService = req.scope.resolve(CONSULATE_MODULE)
  const staff = await service.retrieveConsulateStaff(req.partner.person.id)
  return {
    staff: { id: staff.id, email: staff.email, first_name: staff.first_name, last_name: staff.last_name, locale: staff.locale },
    consulate: { name: CONSULATE_NAME },
  }
}

/** The signed-in staff member. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  res.json(await me(req))
}

/** Their own name and console language (which their e-mails and the API's messages follow). */
export async function POST(req: PartnerRequest<PartnerUpdateMe>, res: MedusaResponse) {
  await updateConsulateStaffWorkflow(req.scope).run({
    input: { id: req.partner.person.id, ...req.validatedBody, actor: consulateAuditActor(req) },
  })
  res.json(await me(req))
}
