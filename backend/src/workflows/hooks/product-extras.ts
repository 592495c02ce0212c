import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { EXPORTER_MODULE } from "../../modules/exporter"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import { TRADE_MODULE } from "../../modules/trade"
import { FULFILMENT_MODES_BY_ORIGIN } from "../../modules/trade/constants"
import { ProductExtrasInput } from "../../modules/trade/schema"
import type TradeModuleService from "../../modules/trade/service"

type LinkDefinition = Record<string, Record<string, string>>

/**
 * Products are created by Medusa's own workflow everywhere (admin, exporter
 * portal, seed); this hook attaches what Bozor adds to them — the trade
 * profile, the owning exporter and, for an exporter's product, its review
 * record (live when created published, a draft otherwise) — inside the same
 * workflow, so a failure rolls the product back too.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const extras = ProductExtrasInput.parse(additional_data ?? {}).product_extras ?? {}
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)

    const withTrade = products.filter((p) => extras[p.handle]?.trade)
    const profiles = await trade.createTradeProfiles(
      withTrade.map((p) => {
        const t = extras[p.handle]!.trade!
        return { ...t, fulfilment_modes: FULFILMENT_MODES_BY_ORIGIN[t.stock_origin] }
      }),
    )
    const owned = products.filter((p) => extras[p.handle]?.exporter_id)
    const listings: ListingModuleService = container.resolve(LISTING_MODULE)
    const created = owned.length
      ? await listings.createListings(
          owned.map((p) => ({ product_id: p.id, state: p.status === "published" ? ("live" as const) : ("draft" as const) })),
        )
      : []
    const links: LinkDefinition[] = withTrade.map((p, i) => ({
      [Modules.PRODUCT]: { product_id: p.id },
      [TRADE_MODULE]: { trade_profile_id: profiles[i].id },
    }))
    for (const p of products) {
      const exporterId = extras[p.handle]?.exporter_id
      if (exporterId) {
        links.push({ [EXPORTER_MODULE]: { exporter_id: exporterId }, [Modules.PRODUCT]: { product_id: p.id } })
      }
    }
    if (links.length) await link.create(links)

    return new StepResponse(undefined, { profileIds: profiles.map((p) => p.id), links, listingIds: created.map((l) => l.id) })
  },
  async (created, { container }) => {
    if (!created) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (created.links.length) await link.dismiss(created.links)
    if (created.listingIds?.length) await (container.resolve(LISTING_MODULE) as ListingModuleService).deleteListings(created.listingIds)
    if (created.profileIds.length) {
      const trade: TradeModuleService = container.resolve(TRADE_MODULE)
      await trade.deleteTradeProfiles(created.profileIds)
    }
  },
)
