import { Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { CONSULATE_MODULE } from "../../../backend/src/modules/consulate"
import type ConsulateModuleService from "../../../backend/src/modules/consulate/service"
import type { PromotionSeed } from "../catalog-types"
import { existing, type SeedContext } from "./context"

const DAY_MS = 86_400_000
/** China Standard Time has no daylight saving: always UTC+8. */
const BEIJING_OFFSET_MS = 8 * 3_600_000

/** Midnight in Beijing, `days` after the day that `today` falls on there (negative: before). */
export function beijingMidnight(days: number, today = new Date()): Date {
  const beijing = today.getTime() + BEIJING_OFFSET_MS
  return new Date(beijing - (beijing % DAY_MS) - BEIJING_OFFSET_MS + days * DAY_MS)
}

function targetRules(ctx: SeedContext, p: PromotionSeed) {
  if ("categories" in p.target) {
    return [
      {
        attribute: "items.product.categories.id",
        operator: "in" as const,
        values: p.target.categories.map((h) => ctx.ids.categories[h]).filter(Boolean),
      },
    ]
  }
  if ("collections" in p.target) {
    return [
      {
        attribute: "items.product.collection_id",
        operator: "in" as const,
        values: p.target.collections.map((h) => ctx.ids.collections[h]).filter(Boolean),
      },
    ]
  }
  return []
}

/**
 * When a promotion may apply, as rules on the cart Medusa evaluates at every
 * step (adding the code, and each refresh of the cart after it):
 * - a minimum amount is judged on `item_subtotal`, the goods at their prices
 *   before any discount, tax or shipping — the amount "满199" names. Medusa's
 *   `item_total` is after discounts and with tax: judged on it, a ¥30 code
 *   taken from ¥216 left ¥186 and the next refresh dropped the code.
 * - a once-per-customer promotion needs an account (`customer.has_account`):
 *   a guest's customer record is made from whatever e-mail the cart is given,
 *   so a guest could use it again under each new address.
 */
function promotionRules(p: PromotionSeed) {
  return [
    ...(p.type === "fixed" ? [{ attribute: "currency_code", operator: "eq" as const, values: ["cny"] }] : []),
    ...(p.min_subtotal_cny ? [{ attribute: "item_subtotal", operator: "gte" as const, values: [String(p.min_subtotal_cny)] }] : []),
    ...(p.per_customer_limit ? [{ attribute: "customer.has_account", operator: "eq" as const, values: ["true"] }] : []),
  ]
}

/**
 * Campaigns as Medusa's Promotion Module models them. A whole-order amount off
 * (the first-order code) targets the order; everything else targets items.
 * Localized names live in the promotion's metadata, which the storefront shows.
 */
export async function seedPromotions(ctx: SeedContext, promotions: PromotionSeed[]) {
  const have = await existing(
    ctx,
    "promotion",
    "code",
    promotions.map((p) => p.code),
  )
  const toCreate = await ctx.ledger.toCreate(
    "promotion",
    promotions.map((p) => p.code),
    have,
  )
  const missing = promotions.filter((p) => toCreate.includes(p.code))
  if (missing.length) await createPromotions(ctx, missing)
  await markConsulateCampaigns(ctx, promotions)
}

/** Who created a campaign the consulate runs, when the seed did: no staff member (the consulate had none yet). */
const SEEDED_BY = "seed"

/**
 * The campaigns the consulate runs become its own (the consulate module's record), so staff find them in the portal —
 * the running Spring Festival campaign with its page, and the consulate's picks — and can nominate products to them.
 * Each is marked once; a campaign staff or operators removed is not brought back.
 */
async function markConsulateCampaigns(ctx: SeedContext, promotions: PromotionSeed[]) {
  const identifiers = promotions.filter((p) => p.run_by === "consulate").map((p) => p.code)
  const campaigns = (
    identifiers.length
      ? await ctx.container
          .resolve(Modules.PROMOTION)
          .listCampaigns({ campaign_identifier: identifiers }, { select: ["id", "campaign_identifier"] })
      : []
  ).map((c) => ({ id: c.id, campaign_identifier: c.campaign_identifier ?? c.id }))
  const consulate: ConsulateModuleService = ctx.container.resolve(CONSULATE_MODULE)
  const marked = new Set(
    (await consulate.listConsulateCampaigns({ campaign_id: campaigns.map((c) => c.id) }, { select: ["campaign_id"] })).map(
      (c) => c.campaign_id,
    ),
  )
  const toMark = await ctx.ledger.toCreate(
    "consulate-campaign",
    campaigns.filter((c) => !marked.has(c.id)).map((c) => c.campaign_identifier),
    {},
  )
  const rows = campaigns.filter((c) => toMark.includes(c.campaign_identifier))
  if (!rows.length) return
  const created = await consulate.createConsulateCampaigns(rows.map((c) => ({ campaign_id: c.id, created_by: SEEDED_BY })))
  await ctx.ledger.record("consulate-campaign", Object.fromEntries(rows.map((c, i) => [c.campaign_identifier, created[i].id])))
}

async function createPromotions(ctx: SeedContext, missing: PromotionSeed[]) {
  const { result } = await createPromotionsWorkflow(ctx.container).run({
    input: {
      promotionsData: missing.map((p) => {
        const rules = targetRules(ctx, p)
        const wholeOrder = p.type === "fixed" && rules.length === 0
        return {
          code: p.code,
          type: "standard" as const,
          status: "active" as const,
          is_automatic: p.is_automatic,
          metadata: { name: p.name, description: p.description },
          campaign: {
            name: p.name.en,
            description: p.description.en,
            campaign_identifier: p.code,
            starts_at: beijingMidnight(p.window.from_day),
            ends_at: beijingMidnight(p.window.to_day),
            ...(p.per_customer_limit
              ? { budget: { type: "use_by_attribute" as const, attribute: "customer_id", limit: p.per_customer_limit } }
              : {}),
          },
          application_method: {
            type: p.type,
            value: p.value,
            target_type: wholeOrder ? ("order" as const) : ("items" as const),
            allocation: "across" as const,
            ...(p.type === "fixed" ? { currency_code: "cny" } : {}),
            ...(wholeOrder ? {} : { target_rules: rules }),
          },
          rules: promotionRules(p),
        }
      }),
    },
  })
  await ctx.ledger.record("promotion", Object.fromEntries(result.map((p: { code?: string | null; id: string }) => [p.code!, p.id])))
}
