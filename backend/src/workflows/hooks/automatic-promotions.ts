import { MedusaError, Modules, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { customsLocale } from "../../modules/customs/messages"
import { automaticRemovalMessage } from "../../utils/promotion-messages"

/**
 * An automatic promotion applies by itself whenever the cart qualifies: a
 * buyer asking to remove it is told so, rather than seeing it come back.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (input.action !== PromotionActions.REMOVE || !input.promo_codes?.length) return
  const [automatic] = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ code: input.promo_codes, is_automatic: true }, { select: ["code", "metadata"] })
  if (!automatic) return
  const locale = (cart as { locale?: string | null }).locale
  const names = (automatic.metadata?.name ?? {}) as Record<string, string>
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, automaticRemovalMessage(locale, names[customsLocale(locale)] || automatic.code!))
})
