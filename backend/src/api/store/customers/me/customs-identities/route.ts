import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMS_MODULE } from "../../../../../modules/customs"
import { ANNUAL_LIMIT_FEN, quotaYear, remainingFen, yuan } from "../../../../../modules/customs/rules"
import CustomsModuleService from "../../../../../modules/customs/service"
import { createCustomsIdentityWorkflow } from "../../../../../workflows/customs/create-customs-identity"
import type { StoreCreateCustomsIdentity } from "../../../customs-validators"

/**
 * The signed-in customer's identities, masked, each with its quota this year:
 * what this account declared under it (`used`), and what may still be bought
 * under the ID number (`remaining`). What other accounts bought is never shown.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customs: CustomsModuleService = req.scope.resolve(CUSTOMS_MODULE)
  const identities = await customs.listCustomsIdentities({ customer_id: req.auth_context.actor_id }, { order: { created_at: "ASC" } })
  const year = quotaYear()
  const own = identities.map((i) => i.id)
  const customs_identities = await Promise.all(
    identities.map(async (identity) => {
      const digests = customs.digestsOf(identity)
      const [mine, all] = await Promise.all([customs.usedFen(digests, year, { identity_id: own }), customs.usedFen(digests, year)])
      return {
        ...CustomsModuleService.present(identity),
        quota: { year, limit: yuan(ANNUAL_LIMIT_FEN), used: yuan(mine), remaining: yuan(remainingFen(all)) },
      }
    }),
  )
  res.json({ customs_identities })
}

export async function POST(req: AuthenticatedMedusaRequest<StoreCreateCustomsIdentity>, res: MedusaResponse) {
  const { result } = await createCustomsIdentityWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, locale: req.locale },
  })
  res.status(201).json({ customs_identity: result })
}
