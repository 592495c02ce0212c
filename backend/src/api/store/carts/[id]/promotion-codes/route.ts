import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { promotionEligibility } from "../../../../../utils/promotion-eligibility"
import { updateCartPromotionCodesWorkflow } from "../../../../../workflows/cart/update-cart-promotion-codes"
import type { StorePromotionCode } from "../../../promotion-validators"

/**
 * Applies a promotion code, or answers 400 saying why it does not apply
 * (`promotion.reason` for the shop, `message` in the request's language).
 */
export async function POST(req: MedusaRequest<StorePromotionCode>, res: MedusaResponse) {
  const { code } = req.validatedBody
  const before = await promotionEligibility(req.scope, req.params.id, code, req.locale)
  if (!before.applicable) {
    res.status(400).json({ type: "not_allowed", message: before.message, promotion: before })
    return
  }
  await updateCartPromotionCodesWorkflow(req.scope).run({ input: { cart_id: req.params.id, add: [code] } })
  res.json({ promotion: await promotionEligibility(req.scope, req.params.id, code, req.locale) })
}
