import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMS_MODULE } from "../../../../../../modules/customs"
import type CustomsModuleService from "../../../../../../modules/customs/service"

/** Removes a saved identity; orders already declared under it keep their declarations. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customs: CustomsModuleService = req.scope.resolve(CUSTOMS_MODULE)
  const [identity] = await customs.listCustomsIdentities({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!identity) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customs identity ${req.params.id} was not found.`)
  await customs.softDeleteCustomsIdentities(identity.id)
  res.json({ id: identity.id, object: "customs_identity", deleted: true })
}
