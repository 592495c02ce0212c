import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CUSTOMS_MODULE } from "../../modules/customs"
import { customsMessage } from "../../modules/customs/messages"
import { taxRuleNote } from "../../modules/cross-border-tax/messages"
import { crossBorderTaxBasis } from "../../modules/cross-border-tax/rates"
import { ANNUAL_LIMIT_FEN, fen, overAnnualLimit, quotaYear, remainingFen, yuan } from "../../modules/customs/rules"
import type CustomsModuleService from "../../modules/customs/service"
import { checkoutRefusals } from "../../observability/metrics"
import { loadCartCustoms } from "../../utils/cart-customs"
import { assertDeliveryDetails, assertPaidOnline } from "../../utils/cart-delivery"

type Rule = "identity_required" | "payer_is_buyer" | "order_limit" | "missing_tariff" | "annual_limit"

/** A refusal under one of the rules, counted by rule for the operators' metrics. */
function refuse(rule: Rule, message: string) {
  checkoutRefusals.inc({ rule })
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * China's cross-border rules, enforced where an order is born: a cart with
 * cross-border goods completes only with a declared identity, within the
 * per-order limit, and within the identity's annual quota. The quota is taken
 * under a lock on the ID number and recorded as a declaration, which the
 * compensation removes if the completion fails later (e.g. the payment).
 *
 * The checks always run for a cart that has not become an order, even if a
 * declaration of it is already there (left behind by a crashed completion):
 * that declaration is replaced, never trusted. Completion runs this hook again
 * for a cart that is already an order (Medusa's completion is idempotent);
 * then there is nothing new to declare.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [ordered],
    } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
    if (ordered) return new StepResponse(undefined, null)
    // Medusa allows one handler per hook: the delivery's own checks run here too, who receives the goods before the
    // customs rules, how a parcel from Tashkent is paid after them (before any quota is taken).
    await assertDeliveryDetails(container, cart.id)

    const situation = await loadCartCustoms(container, cart.id)
    const { assessment, identity } = situation
    const locale = situation.cart.locale
    if (!situation.applies || !assessment.has_cross_border) {
      await assertPaidOnline(container, cart.id)
      return new StepResponse(undefined, null)
    }

    if (!identity) throw refuse("identity_required", customsMessage(locale, "identity_required"))
    if (!situation.payer_is_buyer) throw refuse("payer_is_buyer", customsMessage(locale, "payer_is_buyer"))
    if (assessment.over_order_limit) {
      throw refuse(
        "order_limit",
        customsMessage(locale, "order_limit", {
          amount: assessment.cross_border_amount,
          limit: assessment.order_limit,
          excess: assessment.order_excess,
        }),
      )
    }

    // One item over the limit pays duty by its HS code: without a rate for it, the shop cannot tax it as the law says.
    const basis = crossBorderTaxBasis(situation.goods.lines, situation.goods.parcels)
    if (basis.missing_tariff !== null) throw refuse("missing_tariff", taxRuleNote(locale, basis, situation.goods.lines))
    await assertPaidOnline(container, cart.id)

    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const year = quotaYear()
    const amountFen = fen(assessment.cross_border_amount)
    const [currentDigest] = identity.digests
    const locking = container.resolve(Modules.LOCKING)
    const declarationId = await locking.execute(
      `customs-quota:${currentDigest}`,
      async () => {
        const usedFen = await customs.usedFen(identity.digests, year, { excludeCartId: cart.id })
        if (overAnnualLimit(usedFen, amountFen)) {
          throw refuse(
            "annual_limit",
            customsMessage(locale, "annual_limit", {
              amount: assessment.cross_border_amount,
              masked: identity.masked,
              limit: yuan(ANNUAL_LIMIT_FEN),
              remaining: yuan(remainingFen(usedFen)),
            }),
          )
        }
        const stale = await customs.listCustomsDeclarations({ cart_id: cart.id })
        if (stale.length) await customs.deleteCustomsDeclarations(stale.map((d) => d.id))
        const declaration = await customs.createCustomsDeclarations({
          cart_id: cart.id,
          identity_id: identity.id,
          id_number_digest: currentDigest,
          year,
          amount: assessment.cross_border_amount,
        })
        return declaration.id
      },
      { timeout: 10 },
    )
    return new StepResponse(undefined, declarationId)
  },
  async (declarationId, { container }) => {
    if (!declarationId) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    await customs.deleteCustomsDeclarations(declarationId)
  },
)
