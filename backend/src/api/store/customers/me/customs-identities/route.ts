import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMS_MODULE } from "../../../../../modules/customs"
import { ANNUAL_LIMIT_CNY } from "../../../../../modules/customs/rules"
import CustomsModuleService from "../../../../../modules/customs/service"
import { createCustomsIdentityWorkflow } from "../../../../../workflows/customs/create-customs-identity"
import type { StoreCreateCustomsIdentity } from "../../../customs-validators"

/** The signed-in customer's identities, masked, with the cross-border quota each has used this calendar year. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customs: CustomsModuleService = req.scope.resolve(CUSTOMS_MODULE)
  const identities = await customs.listCustomsIdentities(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "ASC" } }
  )
  const year = new Date().getFullYear()
  const customs_identities = await Promise.all(
    identities.map(async (identity) => {
      const used = await customs.usedThisYear(identity.id_number_digest, year)
      return {
        ...CustomsModuleService.present(identity),
        quota: { year, limit: ANNUAL_LIMIT_CNY, used, remaining: Math.max(0, ANNUAL_LIMIT_CNY - used) },
      }
    })
  )
  res.json({ customs_identities })
}

export async function POST(req: AuthenticatedMedusaRequest<StoreCreateCustomsIdentity>, res: MedusaResponse) {
  const { result } = await createCustomsIdentityWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, locale: req.locale },
  })
  res.status(201).json({ customs_identity: result })
}
