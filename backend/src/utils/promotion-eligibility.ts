import type { MedusaContainer, PromotionDTO } from "@medusajs/framework/types"
import { CampaignBudgetType, ComputedActions, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { customsLocale } from "../modules/customs/messages"
import { promotionMessage, type PromotionFacts, type PromotionVerdict } from "./promotion-messages"
import { num } from "./receipt"

/**
 * Whether a promotion code applies to a cart, and if not why — asked of
 * Medusa's Promotion Module itself (computeActions, the same evaluation the
 * cart's refreshes run), with the promotion's dates, rules and budget read to
 * name the reason: not started, ended, needs an account, already used,
 * minimum not met, no goods it covers.
 */
export interface PromotionEligibility {
  code: string
  applicable: boolean
  /** Already on the cart. */
  applied: boolean
  reason: PromotionVerdict
  message: string
  name: string | null
  is_automatic: boolean
  starts_at: string | null
  ends_at: string | null
  /** The minimum amount of goods before discounts, and what the cart's goods come to (CNY). */
  minimum: number | null
  amount: number | null
}

/** The cart as Medusa's promotion refresh sees it (its cartFieldsForRefreshSteps, as far as promotions read them). */
const PROMOTION_CONTEXT_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "locale",
  "subtotal",
  "total",
  "item_subtotal",
  "item_total",
  "original_item_total",
  "original_item_subtotal",
  "shipping_subtotal",
  "region.*",
  "customer.*",
  "customer.groups.*",
  "shipping_address.*",
  "items.*",
  "items.product.id",
  "items.product.collection_id",
  "items.product.categories.id",
  "items.product.tags.id",
  "items.product.type_id",
  "items.variant.id",
  "items.adjustments.*",
  "items.tax_lines.*",
  "shipping_methods.*",
  "shipping_methods.adjustments.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.shipping_option.shipping_option_type_id",
  "promotions.id",
  "promotions.code",
]

const MINIMUM_ATTRIBUTES = new Set(["item_subtotal", "item_total"])

function facts(promotion: PromotionDTO | undefined, code: string, locale: string | null | undefined): PromotionFacts {
  const names = (promotion?.metadata?.name ?? {}) as Record<string, string>
  const campaign = promotion?.campaign
  return {
    code,
    name: names[customsLocale(locale)] || names.en || campaign?.name || code,
    starts_at: campaign?.starts_at ? new Date(campaign.starts_at) : null,
    ends_at: campaign?.ends_at ? new Date(campaign.ends_at) : null,
    per_customer: campaign?.budget?.type === CampaignBudgetType.USE_BY_ATTRIBUTE ? Number(campaign.budget.limit ?? 1) : null,
  }
}

export async function promotionEligibility(
  container: MedusaContainer,
  cartId: string,
  code: string,
  locale: string | null | undefined,
  now = new Date(),
): Promise<PromotionEligibility> {
  const promotions = container.resolve(Modules.PROMOTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    [promotion],
    {
      data: [cart],
    },
  ] = await Promise.all([
    promotions.listPromotions(
      { code },
      { relations: ["campaign", "campaign.budget", "rules", "rules.values", "application_method", "application_method.target_rules"] },
    ),
    query.graph({ entity: "cart", fields: PROMOTION_CONTEXT_FIELDS, filters: { id: cartId } }),
  ])
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)

  const f: PromotionFacts = { ...facts(promotion, code, locale), amount: num(cart.item_subtotal) }
  const answer = (reason: PromotionVerdict, extra: Partial<PromotionFacts> = {}): PromotionEligibility => {
    const all = { ...f, ...extra }
    return {
      code,
      applicable: reason === "applicable" || reason === "applied",
      applied: reason === "applied",
      reason,
      message: promotionMessage(locale, reason, all),
      name: promotion ? all.name : null,
      is_automatic: !!promotion?.is_automatic,
      starts_at: all.starts_at?.toISOString() ?? null,
      ends_at: all.ends_at?.toISOString() ?? null,
      minimum: all.minimum ?? null,
      amount: all.amount ?? null,
    }
  }

  if (!promotion || promotion.status !== "active") return answer("not_found")
  // The dates first: an automatic promotion that has ended must not be described as applying by itself.
  if (f.starts_at && f.starts_at > now) return answer("not_started")
  if (f.ends_at && f.ends_at <= now) return answer("expired")
  if (promotion.is_automatic) return answer("automatic")
  if ((cart.promotions ?? []).some((p: any) => p?.code === code)) return answer("applied")

  const rules = (promotion.rules ?? []).map((rule) => ({ rule, values: (rule.values ?? []).map((v) => v.value) }))
  if (rules.some(({ rule }) => rule.attribute === "customer.has_account") && !(cart.customer as any)?.has_account)
    return answer("sign_in_required")

  // The Promotion Module's own evaluation: it counts budgets and limits before any rule, and so does the answer — a
  // buyer who already used a once-per-customer code learns that, not that the cart is short of its minimum.
  let actions: { action: string; code?: string }[]
  try {
    actions = (await promotions.computeActions([code], cart as never, { prevent_auto_promotions: true })) as never
  } catch (e) {
    // A per-customer budget cannot be counted for a cart without a customer.
    if (/required by promotion campaing? budget/i.test((e as Error).message)) return answer("sign_in_required")
    throw e
  }
  const mine = actions.filter((a) => a.code === code)
  if (mine.some((a) => a.action === ComputedActions.CAMPAIGN_BUDGET_EXCEEDED)) {
    return answer(f.per_customer ? "already_used" : "used_up")
  }
  if (mine.some((a) => a.action === ComputedActions.PROMOTION_LIMIT_EXCEEDED)) return answer("used_up")

  for (const { rule, values } of rules) {
    if (rule.attribute === "currency_code" && !values.includes(cart.currency_code)) return answer("currency")
    if (MINIMUM_ATTRIBUTES.has(rule.attribute!) && rule.operator === "gte") {
      const minimum = Number(values[0])
      if (num(cart.item_subtotal) < minimum) return answer("minimum_not_met", { minimum })
    }
  }

  // Then the module's word on the rest (target rules): a discount on something, or why not.
  if (mine.some((a) => a.action === ComputedActions.ADD_ITEM_ADJUSTMENT || a.action === ComputedActions.ADD_SHIPPING_METHOD_ADJUSTMENT)) {
    return answer("applicable")
  }
  return answer(promotion.application_method?.target_rules?.length ? "no_eligible_goods" : "not_applicable")
}
