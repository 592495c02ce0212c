import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CONSULATE_MODULE } from "../modules/consulate"
import { consulateMessage } from "../modules/consulate/messages"
import type ConsulateModuleService from "../modules/consulate/service"
import { productTitles } from "./product-titles"

/** Invitations of products into campaigns, as the console and the exporter portal show them. */

export interface NominationFilter {
  campaign_id?: string
  exporter_id?: string
  id?: string
}

/** Each product's exporter; a product that has none (or does not exist) is a 400 naming it. */
export async function exportersOfProducts(scope: MedusaContainer, productIds: string[], locale: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "exporter.id"], filters: { id: productIds } })
  return productIds.map((product_id) => {
    const exporter_id = (data.find((p: { id: string }) => p.id === product_id) as { exporter?: { id: string } } | undefined)?.exporter?.id
    if (!exporter_id)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, consulateMessage(locale, "product_not_found", { id: product_id }))
    return { product_id, exporter_id }
  })
}

/**
 * Nominations with what a person needs to answer them: the campaign's name and window, the product's title (also in
 * each language the exporter wrote it, for the portal to show in the reader's) and thumbnail.
 */
export async function listNominations(scope: MedusaContainer, filter: NominationFilter) {
  const consulate: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  const nominations = await consulate.listCampaignNominations(filter, { order: { created_at: "DESC" }, take: 200 })
  if (!nominations.length) return []
  const productIds = [...new Set(nominations.map((n) => n.product_id))]
  const [campaigns, products, titles] = await Promise.all([
    scope
      .resolve(Modules.PROMOTION)
      .listCampaigns({ id: [...new Set(nominations.map((n) => n.campaign_id))] }, { select: ["id", "name", "starts_at", "ends_at"] }),
    scope.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { select: ["id", "title", "handle", "thumbnail"] }),
    productTitles(scope, productIds),
  ])
  return nominations.map((n) => {
    const campaign = campaigns.find((c) => c.id === n.campaign_id)
    const product = products.find((p) => p.id === n.product_id)
    return {
      id: n.id,
      status: n.status,
      message: n.message,
      decline_reason: n.decline_reason,
      decided_at: n.decided_at,
      created_at: n.created_at,
      exporter_id: n.exporter_id,
      campaign: campaign
        ? { id: campaign.id, name: campaign.name, starts_at: campaign.starts_at, ends_at: campaign.ends_at }
        : { id: n.campaign_id },
      product: product
        ? {
            id: product.id,
            title: product.title,
            titles: titles.get(product.id) ?? { "zh-CN": null, en: product.title, ru: null },
            handle: product.handle,
            thumbnail: product.thumbnail,
          }
        : { id: n.product_id },
    }
  })
}

/** One nomination within a filter (the exporter's own, or any for staff); 404 in the person's language otherwise. */
export async function nominationOf(scope: MedusaContainer, id: string, filter: { exporter_id?: string }, locale: string) {
  const consulate: ConsulateModuleService = scope.resolve(CONSULATE_MODULE)
  const [nomination] = await consulate.listCampaignNominations({ id, ...filter })
  if (!nomination) throw new MedusaError(MedusaError.Types.NOT_FOUND, consulateMessage(locale, "nomination_not_found", { id }))
  return nomination
}
