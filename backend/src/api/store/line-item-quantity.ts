import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customsLocale } from "../../modules/customs/messages"

/** Most of one product a cart line may hold: a shop's buyer, not a wholesaler (the storefront offers the same range). */
const MAX_LINE_QUANTITY = 99

const refusal = (locale: string | null | undefined, min: number, sent: unknown) => {
  const shown = JSON.stringify(sent) ?? "nothing"
  return customsLocale(locale) === "zh-CN"
    ? `数量（quantity）：应为 ${min} 至 ${MAX_LINE_QUANTITY} 的整数，收到的是 ${shown}。`
    : `quantity: must be a whole number from ${min} to ${MAX_LINE_QUANTITY}; ${shown} was sent.`
}

/**
 * A line's quantity is a whole number up to MAX_LINE_QUANTITY (Medusa's own
 * check is only "a number above 0": 2.5 or 99999 of a product without stock
 * tracking went into the cart). Changing a line may set 0, which removes it.
 */
export const lineItemQuantity =
  ({ allowZero }: { allowZero: boolean }) =>
  (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
    const min = allowZero ? 0 : 1
    if (typeof quantity === "number" && Number.isInteger(quantity) && quantity >= min && quantity <= MAX_LINE_QUANTITY) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, refusal(req.locale, min, quantity)))
  }
