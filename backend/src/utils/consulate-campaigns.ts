import type { CampaignDTO, MedusaContainer, PromotionDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CONSULATE_MODULE } from "../modules/consulate"
import { consulateMessage } from "../modules/consulate/messages"
import type ConsulateModuleService from "../modules/consulate/service"

/**
 * The consulate's campaigns as its console shows them: Medusa's campaigns and
 * promotions, with the budget's remainder worked out and the discount told as
 * staff set it (percentage, fixed, buy X get Y, free shipping).
 */

const CAMPAIGN_RELATIONS = [
  "budget",
  "promotions",
  "promotions.application_method",
  "promotions.application_method.target_rules",
  "promotions.application_method.buy_rules",
]

/** The Promotion Module's ids of every campaign the consulate runs. */
export async function consulateCampaignIds(scope: MedusaContainer): Promise<string[]> {
  const consulate: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  return (await consulate.listConsulateCampaigns({}, { select: ["campaign_id"], take: null })).map((c) => c.campaign_id)
}

/** One of the consulate's campaigns, or a 404 naming it in the staff's language (the shop's own campaigns answer the same). */
export async function consulateCampaign(scope: MedusaContainer, id: string, locale: string) {
  const consulate: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  const [owned] = await consulate.listConsulateCampaigns({ campaign_id: id })
  const [campaign] = owned ? await scope.resolve(Modules.PROMOTION).listCampaigns({ id: [id] }, { relations: CAMPAIGN_RELATIONS }) : []
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, consulateMessage(locale, "campaign_not_found", { id }))
  return campaign
}

export async function listConsulateCampaigns(scope: MedusaContainer, page: { limit: number; offset: number }) {
  const ids = await consulateCampaignIds(scope)
  if (!ids.length) return { campaigns: [] as CampaignDTO[], count: 0 }
  const [campaigns, count] = await scope
    .resolve(Modules.PROMOTION)
    .listAndCountCampaigns(
      { id: ids },
      { relations: CAMPAIGN_RELATIONS, order: { starts_at: "DESC" }, take: page.limit, skip: page.offset },
    )
  return { campaigns, count }
}

const amount = (v: unknown) => (v == null ? null : Number((v as { numeric?: number }).numeric ?? v))

function campaignState(c: { starts_at?: Date | string | null; ends_at?: Date | string | null }, now = new Date()) {
  if (c.starts_at && new Date(c.starts_at) > now) return "scheduled" as const
  if (c.ends_at && new Date(c.ends_at) <= now) return "ended" as const
  return "active" as const
}

const ruleValues = (rules: any[] | undefined, attribute: string) =>
  (rules ?? []).filter((r) => r.attribute === attribute).flatMap((r) => (r.values ?? []).map((v: any) => v.value ?? v))

function targetsOf(rules: any[] | undefined) {
  return {
    category_ids: ruleValues(rules, "items.product.categories.id"),
    collection_ids: ruleValues(rules, "items.product.collection_id"),
    product_ids: ruleValues(rules, "items.product.id"),
  }
}

export function promotionJson(p: PromotionDTO) {
  const method = p.application_method as any
  const type =
    p.type === "buyget"
      ? "buy_get"
      : method?.target_type === "shipping_methods"
        ? "free_shipping"
        : (method?.type as "percentage" | "fixed")
  const meta = (p.metadata ?? {}) as { name?: Record<string, string>; description?: Record<string, string>; exporter_ids?: string[] }
  return {
    id: p.id,
    code: p.code,
    automatic: !!p.is_automatic,
    status: p.status,
    campaign_id: (p as any).campaign_id ?? p.campaign?.id ?? null,
    name: meta.name ?? null,
    description: meta.description ?? null,
    discount: {
      type,
      value: amount(method?.value),
      targets: { ...targetsOf(method?.target_rules), exporter_ids: meta.exporter_ids ?? [] },
      ...(type === "buy_get"
        ? { buy_quantity: method.buy_rules_min_quantity, get_quantity: method.apply_to_quantity, buy: targetsOf(method.buy_rules) }
        : {}),
    },
  }
}

export function campaignJson(c: CampaignDTO, now = new Date()) {
  const budget = c.budget as any
  const limit = amount(budget?.limit)
  const used = amount(budget?.used) ?? 0
  return {
    id: c.id,
    name: c.name,
    identifier: c.campaign_identifier,
    description: c.description ?? null,
    starts_at: c.starts_at,
    ends_at: c.ends_at,
    state: campaignState(c, now),
    budget: budget
      ? {
          type: budget.type as "spend" | "usage",
          currency_code: budget.currency_code ?? null,
          limit,
          used,
          remaining: limit == null ? null : Math.max(0, limit - used),
        }
      : null,
    promotions: (c.promotions ?? []).map(promotionJson),
  }
}
