import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customsMessage } from "../../../../../modules/customs/messages"
import { loadCartCustoms } from "../../../../../utils/cart-customs"
import { setCartCustomsWorkflow } from "../../../../../workflows/customs/set-cart-customs"
import type { StoreSetCartCustoms } from "../../../customs-validators"

/** Where the cart stands with China's cross-border rules, for the cart page and checkout to explain. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const situation = await loadCartCustoms(req.scope, req.params.id)
  res.json({
    customs: {
      applies: situation.applies,
      identity: situation.identity
        ? { id: situation.identity.id, real_name: situation.identity.real_name, id_number: situation.identity.masked }
        : null,
      payer_is_buyer: situation.payer_is_buyer,
      ...situation.assessment,
    },
  })
}

/** The checkout's customs step: choose a saved identity or enter one, and declare that the payer is the buyer. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetCartCustoms>, res: MedusaResponse) {
  const body = req.validatedBody
  if (!body.payer_is_buyer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, customsMessage(req.locale, "payer_is_buyer"))
  }
  const { result } = await setCartCustomsWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      actor_customer_id: req.auth_context?.actor_id || null,
      locale: req.locale,
      payer_is_buyer: true,
      identity_id: body.identity_id,
      identity: body.identity,
    },
  })
  res.json({ customs_identity: result })
}
