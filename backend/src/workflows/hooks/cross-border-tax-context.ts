import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { updateTaxLinesWorkflow, upsertTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { crossBorderTaxBasis } from "../../modules/cross-border-tax/rates"
import { chinaRulesApply, loadCartGoods } from "../../utils/cart-customs"

/**
 * A cross-border line's tax depends on the whole cart (one indivisible item
 * over the per-order limit pays general-trade taxes) and its parcel's freight
 * is taxed with it: the cart's tax basis travels to the tax provider as
 * `additional_context.cross_border`, whichever of Medusa's two tax workflows
 * computes the lines.
 */
async function crossBorderContext({ cart }: { cart: { id: string } }, { container }: { container: MedusaContainer }) {
  const goods = await loadCartGoods(container, cart.id)
  if (!chinaRulesApply(goods.cart)) return new StepResponse(undefined)
  return new StepResponse({ cross_border: crossBorderTaxBasis(goods.lines, goods.parcels) })
}

updateTaxLinesWorkflow.hooks.setTaxLineContext(crossBorderContext)
upsertTaxLinesWorkflow.hooks.setTaxLineContext(crossBorderContext)
