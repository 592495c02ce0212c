import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { batchPromotionRulesWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Runs once per database (Medusa's migration scripts, on `db:migrate`): brings
 * promotions made before the fix to the rules the seed now writes
 * (seed/src/load/promotions.ts, promotionRules):
 * - a minimum on `item_total` (after discounts, with tax: the first-order code
 *   dropped itself at the next refresh) becomes one on `item_subtotal`;
 * - a promotion limited per customer needs an account.
 * A fresh database has no promotions yet when this runs; the seed writes them right.
 */
export default async function promotionRulesBeforeDiscounts({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const promotions = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({}, { relations: ["rules", "rules.values", "campaign", "campaign.budget"] })
  for (const p of promotions) {
    const rules = p.rules ?? []
    const update = rules
      .filter((r) => r.attribute === "item_total")
      .map((r) => ({ id: r.id, attribute: "item_subtotal", operator: r.operator, values: (r.values ?? []).map((v) => v.value!) }))
    const budget = p.campaign?.budget
    const perCustomer = budget?.type === "use_by_attribute" && budget.attribute === "customer_id"
    const create =
      perCustomer && !rules.some((r) => r.attribute === "customer.has_account")
        ? [{ attribute: "customer.has_account", operator: "eq" as const, values: ["true"] }]
        : []
    if (!update.length && !create.length) continue
    await batchPromotionRulesWorkflow(container).run({ input: { id: p.id, rule_type: "rules" as never, create, update } })
    logger.info(`Promotion ${p.code}: minimum judged before discounts, per-customer use needs an account.`)
  }
}
