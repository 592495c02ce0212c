import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CUSTOMS_MODULE } from "../../modules/customs"
import { customsMessage } from "../../modules/customs/messages"
import type CustomsModuleService from "../../modules/customs/service"
import { loadCartCustoms } from "../customs/cart-customs"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * China's cross-border rules, enforced where an order is born: a cart with
 * cross-border goods completes only with a declared identity, within the
 * per-order limit, and within the identity's annual quota. The quota is taken
 * under a lock on the ID number and recorded as a declaration, which the
 * compensation removes if the completion fails later (e.g. the payment).
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    // Only for the checkout benchmark (bench/checkout.ts), which measures what these checks cost.
    if (process.env.BOZOR_CUSTOMS_CHECKS === "off") return new StepResponse(undefined, null)
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const [already] = await customs.listCustomsDeclarations({ cart_id: cart.id })
    if (already) return new StepResponse(undefined, null)

    const situation = await loadCartCustoms(container, cart.id)
    const { assessment, identity } = situation
    const locale = situation.cart.locale
    if (!situation.applies || !assessment.has_cross_border) return new StepResponse(undefined, null)

    if (!identity) throw refuse(customsMessage(locale, "identity_required"))
    if (!situation.payer_is_buyer) throw refuse(customsMessage(locale, "payer_is_buyer"))
    if (assessment.over_order_limit) {
      throw refuse(
        customsMessage(locale, "order_limit", {
          amount: assessment.cross_border_amount,
          limit: assessment.order_limit,
          excess: (Math.round(assessment.cross_border_amount * 100) - assessment.order_limit * 100) / 100,
        })
      )
    }

    const year = new Date().getFullYear()
    const locking = container.resolve(Modules.LOCKING)
    const declarationId = await locking.execute(`customs-quota:${identity.digest}`, async () => {
      const used = await customs.usedThisYear(identity.digest, year)
      const total = Math.round((used + assessment.cross_border_amount) * 100) / 100
      if (total * 100 > assessment.annual_limit * 100) {
        throw refuse(
          customsMessage(locale, "annual_limit", {
            amount: assessment.cross_border_amount,
            masked: identity.masked,
            total,
            limit: assessment.annual_limit,
            remaining: Math.max(0, Math.round((assessment.annual_limit - used) * 100) / 100),
          })
        )
      }
      const declaration = await customs.createCustomsDeclarations({
        cart_id: cart.id,
        identity_id: identity.id,
        id_number_digest: identity.digest,
        year,
        amount: assessment.cross_border_amount,
      })
      return declaration.id
    }, { timeout: 10 })
    return new StepResponse(undefined, declarationId)
  },
  async (declarationId, { container }) => {
    if (!declarationId) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    await customs.deleteCustomsDeclarations(declarationId)
  }
)
