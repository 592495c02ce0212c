import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { promotionEligibility } from "../../../../../../utils/promotion-eligibility"
import { automaticRemovalMessage } from "../../../../../../utils/promotion-messages"
import { updateCartPromotionCodesWorkflow } from "../../../../../../workflows/cart/update-cart-promotion-codes"
import { PROMOTION_CODE_MAX } from "../../../../promotion-validators"

function codeOf(req: MedusaRequest): string {
  const code = req.params.code
  if (code.length > PROMOTION_CODE_MAX) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `code must be at most ${PROMOTION_CODE_MAX} characters`)
  }
  return code
}

/** Whether a code applies to this cart, and if not why: for a code the cart lost when it changed, and to ask before applying. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ promotion: await promotionEligibility(req.scope, req.params.id, codeOf(req), req.locale) })
}

/** Takes a code off the cart; an automatic promotion cannot be taken off (it applies by itself). */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const code = codeOf(req)
  const eligibility = await promotionEligibility(req.scope, req.params.id, code, req.locale)
  if (eligibility.is_automatic) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, automaticRemovalMessage(req.locale, eligibility.name ?? code))
  }
  await updateCartPromotionCodesWorkflow(req.scope).run({ input: { cart_id: req.params.id, remove: [code] } })
  res.json({ promotion: await promotionEligibility(req.scope, req.params.id, code, req.locale) })
}
