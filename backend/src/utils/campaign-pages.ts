import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CONSULATE_MODULE } from "../modules/consulate"
import type ConsulateModuleService from "../modules/consulate/service"
import { PAVILION_MODULE } from "../modules/pavilion"
import type PavilionModuleService from "../modules/pavilion/service"

type CampaignPage = Awaited<ReturnType<PavilionModuleService["listCampaignPages"]>>[number]

/** Published pages whose window holds `now`: what the shop shows. Newest start first. */
export async function activeCampaignPages(container: MedusaContainer, now = new Date(), filters: Record<string, unknown> = {}) {
  const service: PavilionModuleService = container.resolve(PAVILION_MODULE)
  return service.listCampaignPages(
    { status: "published", starts_at: { $lte: now }, ends_at: { $gt: now }, ...filters },
    { order: { starts_at: "DESC" }, take: 20 },
  )
}

/** Which cart attribute a target rule names, and the product field that answers it. */
const TARGETS: Record<string, (p: { id: string; collection_id: string | null; category_ids: string[] }) => string[]> = {
  "items.product.id": (p) => [p.id],
  "items.product.collection_id": (p) => (p.collection_id ? [p.collection_id] : []),
  "items.product.categories.id": (p) => p.category_ids,
}

/**
 * The promotions a page's Medusa campaign carries, as the shop explains them:
 * code (or automatic), kind and value, and which of the featured products they
 * discount (judged by the promotion's own target rules, as Medusa will at the
 * cart), so the campaign page shows those products' campaign prices.
 */
async function campaignPromotions(container: MedusaContainer, pages: CampaignPage[], featured: Map<string, string[]>) {
  const campaignIds = [...new Set(pages.map((p) => p.campaign_id).filter((id): id is string => !!id))]
  if (!campaignIds.length) return new Map<string, never[]>()
  const promotionsService: IPromotionModuleService = container.resolve(Modules.PROMOTION)
  const promotions = await promotionsService.listPromotions({ campaign: { id: campaignIds }, status: ["active"] } as any, {
    relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values"],
    take: 100,
  })
  const productIds = [...new Set(pages.flatMap((p) => featured.get(p.id) ?? []))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "collection_id", "categories.id"], filters: { id: productIds } })
    : { data: [] as any[] }
  const facts = products.map((p: any) => ({
    id: p.id,
    collection_id: p.collection_id ?? null,
    category_ids: (p.categories ?? []).map((c: any) => c.id),
  }))
  const byCampaign = new Map<string, any[]>()
  for (const promotion of promotions) {
    const method = promotion.application_method
    if (!method || !promotion.campaign_id) continue
    const rules = method.target_rules ?? []
    const covers = (p: (typeof facts)[number]) =>
      method.target_type === "items" &&
      rules.every((rule) => {
        const values = (rule.values ?? []).map((v) => String(v.value))
        const have = rule.attribute ? TARGETS[rule.attribute]?.(p) : undefined
        return !!have && ["in", "eq"].includes(String(rule.operator)) && have.some((v: string) => values.includes(v))
      })
    const list = byCampaign.get(promotion.campaign_id) ?? []
    list.push({
      code: promotion.code,
      is_automatic: promotion.is_automatic,
      type: method.type,
      value: Number(method.value),
      target_type: method.target_type,
      currency_code: method.currency_code ?? null,
      product_ids: facts.filter(covers).map((p) => p.id),
    })
    byCampaign.set(promotion.campaign_id, list)
  }
  return byCampaign
}

/**
 * The products each page features: its campaign's featured list as the consulate keeps it (staff's picks and accepted
 * nominations, in their order, src/modules/consulate/featured.ts), then any the page names itself.
 */
async function featuredProducts(container: MedusaContainer, pages: CampaignPage[]) {
  const campaignIds = [...new Set(pages.map((p) => p.campaign_id).filter((id): id is string => !!id))]
  const consulate: ConsulateModuleService = container.resolve(CONSULATE_MODULE)
  const rows = campaignIds.length
    ? await consulate.listCampaignFeaturedProducts(
        { campaign_id: campaignIds },
        { order: { position: "ASC", created_at: "ASC" }, take: null },
      )
    : []
  return new Map(
    pages.map((page) => {
      const ofCampaign = rows.filter((r) => r.campaign_id === page.campaign_id).map((r) => r.product_id)
      return [page.id, [...new Set([...ofCampaign, ...(page.featured_product_ids as string[])])]]
    }),
  )
}

/** Campaign pages as the store API answers them: the page, the products it features and what its promotions take off. */
export async function campaignPagesJson(container: MedusaContainer, pages: CampaignPage[]) {
  const featured = await featuredProducts(container, pages)
  const promotions = await campaignPromotions(container, pages, featured)
  return pages.map((page) => ({
    id: page.id,
    slug: page.slug,
    title: page.title,
    body: page.body,
    hero_image_url: page.hero_image_url,
    campaign_id: page.campaign_id,
    featured_product_ids: featured.get(page.id) ?? [],
    featured_exporter_ids: page.featured_exporter_ids,
    starts_at: page.starts_at,
    ends_at: page.ends_at,
    status: page.status,
    promotions: page.campaign_id ? (promotions.get(page.campaign_id) ?? []) : [],
  }))
}
