import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customsLocale } from "../../modules/customs/messages"

const missing = (locale: string | null | undefined, id: string) =>
  customsLocale(locale) === "zh-CN"
    ? `支付单（payment_collection）：没有编号为 "${id}" 的支付单。`
    : `payment_collection: there is no payment collection "${id}".`

/**
 * A payment session is opened on a payment collection that exists: Medusa's
 * workflow reads the collection and, when there is none, fails on its amount
 * (a 500 for an id that is simply wrong).
 */
export async function paymentCollectionExists(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id"], filters: { id: req.params.id } })
  if (data.length) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, missing(req.locale, req.params.id)))
}
