import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refreshCartItemsWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

export const updateCartPromotionCodesWorkflowId = "update-cart-promotion-codes"

export interface UpdateCartPromotionCodesInput {
  cart_id: string
  add?: string[]
  remove?: string[]
}

/**
 * Adds or removes promotion codes the way every other cart change goes:
 * through Medusa's refresh of the cart, so that after the promotions its
 * shipping methods, taxes (a discount changes the dutiable value) and payment
 * collection follow too (workflows/hooks/cart-refreshed.ts). Medusa's own
 * promotions route recomputes the promotions only. Automatic promotions are
 * Medusa's to apply; only codes the buyer entered are kept.
 */
export const updateCartPromotionCodesWorkflow = createWorkflow(
  updateCartPromotionCodesWorkflowId,
  (input: UpdateCartPromotionCodesInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "promotions.code", "promotions.is_automatic"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const promoCodes = transform({ carts, input }, ({ carts, input }) => {
      const entered = (carts[0]?.promotions ?? []).flatMap((p: any) => (p?.code && !p.is_automatic ? [p.code as string] : []))
      const removed = new Set(input.remove ?? [])
      return [...new Set([...entered, ...(input.add ?? [])])].filter((code) => !removed.has(code))
    })
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, promo_codes: promoCodes } })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(promoCodes)
  },
)
