import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_ORIGINS, type StockOrigin } from "../../../modules/trade/constants"
import { productNotFound } from "../../../utils/exporter-scope"
import { listingSnapshot, type ListingSnapshot } from "../../../utils/listings"
import type { ListingContext } from "../utils/plan-listing-change"

type Row = Record<string, any>

/**
 * Where a stock origin's goods are kept and shipped from: the shipping profile
 * of that type (the seed names them `cross_border` and `domestic`) and the
 * stock location whose shipping options use it.
 */
export async function listingContext(container: MedusaContainer): Promise<ListingContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: profiles }, { data: locations }, { data: stores }, { data: categories }] = await Promise.all([
    query.graph({ entity: "shipping_profile", fields: ["id", "type"], filters: { type: [...STOCK_ORIGINS] } }),
    query.graph({ entity: "stock_location", fields: ["id", "fulfillment_sets.service_zones.shipping_options.shipping_profile_id"] }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "product_category", fields: ["id"] }),
  ])
  const ctx: ListingContext = {
    locations: {},
    profiles: {},
    sales_channel_id: (stores as Row[])[0]?.default_sales_channel_id ?? null,
    category_ids: (categories as Row[]).map((c) => c.id),
  }
  for (const profile of profiles as Row[]) {
    const origin = profile.type as StockOrigin
    ctx.profiles[origin] = profile.id
    const location = (locations as Row[]).find((l) =>
      (l.fulfillment_sets ?? []).some((set: Row) =>
        (set.service_zones ?? []).some((zone: Row) => (zone.shipping_options ?? []).some((o: Row) => o.shipping_profile_id === profile.id)),
      ),
    )
    if (location) ctx.locations[origin] = location.id
  }
  return ctx
}

export const loadListingStepId = "load-listing"

/** The listing as it is now (null when creating one) and where its stock and shipping belong: what a change is planned from. */
export const loadListingStep = createStep(loadListingStepId, async (input: { product_id?: string | null }, { container }) => {
  const [snapshot, context] = await Promise.all([
    input.product_id ? listingSnapshot(container, input.product_id) : Promise.resolve(null),
    listingContext(container),
  ])
  if (input.product_id && !snapshot) throw productNotFound(input.product_id)
  return new StepResponse({ snapshot: snapshot as ListingSnapshot | null, context })
})
