import type { CreatePromotionDTO, CreatePromotionRuleDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsulateCreatePromotion, PromotionTargets } from "../../../api/consulate/validators"
import { consulateMessage } from "../../../modules/consulate/messages"

/** Codes buyers type: capital Latin letters, digits and hyphens, as the shop's codes are (CNY2027, FIRSTORDER). */
export const PROMOTION_CODE = /^[A-Z0-9][A-Z0-9-]{2,29}$/

export const preparConsulatePromotionStepId = "prepare-consulate-promotion"

const refuse = (type: keyof typeof MedusaError.Types, message: string) => new MedusaError(MedusaError.Types[type], message)

/**
 * The rules Medusa evaluates on a cart's items for the goods a promotion
 * covers. An exporter is its products at the time (Medusa's cart does not
 * carry a product's exporter); the exporter ids are kept in the promotion's
 * metadata so the console shows what staff chose.
 */
async function targetRules(
  scope: MedusaContainer,
  targets: PromotionTargets | undefined,
  locale: string,
): Promise<CreatePromotionRuleDTO[]> {
  if (!targets) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const rules: CreatePromotionRuleDTO[] = []
  const known = async (entity: string, field: string, ids: string[] | undefined) => {
    if (!ids?.length) return [] as string[]
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
    const found = new Set(data.map((d: { id: string }) => d.id))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) throw refuse("INVALID_DATA", consulateMessage(locale, "unknown_targets", { field, ids: missing.join(", ") }))
    return ids
  }
  const categories = await known("product_category", "category_ids", targets.category_ids)
  const collections = await known("product_collection", "collection_ids", targets.collection_ids)
  const products = await known("product", "product_ids", targets.product_ids)
  if (targets.exporter_ids?.length) {
    const { data } = await query.graph({
      entity: "exporter",
      fields: ["id", "products.id", "products.status"],
      filters: { id: targets.exporter_ids },
    })
    for (const id of targets.exporter_ids) {
      const exporter = data.find((e: { id: string }) => e.id === id) as { products?: { id: string; status: string }[] } | undefined
      const live = (exporter?.products ?? []).filter((p) => p.status === "published").map((p) => p.id)
      if (!live.length) throw refuse("INVALID_DATA", consulateMessage(locale, "exporter_without_products", { id }))
      products.push(...live)
    }
  }
  if (categories.length) rules.push({ attribute: "items.product.categories.id", operator: "in", values: categories })
  if (collections.length) rules.push({ attribute: "items.product.collection_id", operator: "in", values: collections })
  if (products.length) rules.push({ attribute: "items.product.id", operator: "in", values: [...new Set(products)] })
  return rules
}

/**
 * Judges a promotion in the staff's language — the code's format, a code no
 * other promotion has, goods that exist — and shapes it as Medusa's
 * createPromotionsWorkflow takes it, in the consulate's campaign (whose
 * window and budget it shares).
 */
export const prepareConsulatePromotionStep = createStep(
  preparConsulatePromotionStepId,
  async (input: { promotion: ConsulateCreatePromotion; locale: string }, { container }) => {
    const { promotion: p, locale } = input
    if (!PROMOTION_CODE.test(p.code)) throw refuse("INVALID_DATA", consulateMessage(locale, "code_format", { code: p.code }))
    const [taken] = await container.resolve(Modules.PROMOTION).listPromotions({ code: p.code }, { select: ["id"], withDeleted: false })
    if (taken) throw refuse("DUPLICATE_ERROR", consulateMessage(locale, "code_taken", { code: p.code }))

    const d = p.discount
    const targets = d.type === "percentage" || d.type === "fixed" ? d.targets : undefined
    const rules = await targetRules(container, targets, locale)
    const metadata = {
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      exporter_ids: targets?.exporter_ids ?? [],
      source: "consulate",
    }
    const cartRules: CreatePromotionRuleDTO[] = [
      ...(d.type === "fixed" ? [{ attribute: "currency_code", operator: "eq" as const, values: ["cny"] }] : []),
      ...(p.min_subtotal_cny ? [{ attribute: "item_subtotal", operator: "gte" as const, values: [String(p.min_subtotal_cny)] }] : []),
    ]
    const base = {
      code: p.code,
      status: "active" as const,
      is_automatic: p.automatic,
      campaign_id: undefined as string | undefined,
      metadata,
      rules: cartRules,
    }
    let dto: CreatePromotionDTO
    if (d.type === "buy_get") {
      const buy = await targetRules(container, d.buy, locale)
      const get = d.get ? await targetRules(container, d.get, locale) : buy
      dto = {
        ...base,
        type: "buyget",
        application_method: {
          type: "percentage",
          value: 100,
          target_type: "items",
          allocation: "each",
          max_quantity: d.get_quantity,
          apply_to_quantity: d.get_quantity,
          buy_rules_min_quantity: d.buy_quantity,
          buy_rules: buy,
          target_rules: get,
        },
      }
    } else if (d.type === "free_shipping") {
      dto = {
        ...base,
        type: "standard",
        application_method: { type: "percentage", value: 100, target_type: "shipping_methods", allocation: "across", target_rules: [] },
      }
    } else {
      // A fixed amount with no goods named comes off the order once; otherwise the discount spreads over the goods it covers.
      const wholeOrder = d.type === "fixed" && rules.length === 0
      dto = {
        ...base,
        type: "standard",
        application_method: {
          type: d.type,
          value: d.value,
          target_type: wholeOrder ? "order" : "items",
          allocation: "across",
          ...(d.type === "fixed" ? { currency_code: "cny" } : {}),
          ...(wholeOrder ? {} : { target_rules: rules }),
        },
      }
    }
    return new StepResponse({ ...dto, campaign_id: p.campaign_id })
  },
)
