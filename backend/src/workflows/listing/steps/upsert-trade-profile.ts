import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRADE_MODULE } from "../../../modules/trade"
import type TradeModuleService from "../../../modules/trade/service"
import type { ListingPlan } from "../utils/plan-listing-change"

type Undo = { updated: Record<string, unknown> } | { created: string; link: Record<string, Record<string, string>> }

export const upsertTradeProfileStepId = "upsert-trade-profile"

/** Replaces a product's trade profile (creating and linking one if it has none). */
export const upsertTradeProfileStep = createStep(
  upsertTradeProfileStepId,
  async (input: { product_id: string; trade: NonNullable<ListingPlan["trade"]> }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const {
      data: [product],
    } = await query.graph({ entity: "product", fields: ["trade_profile.*"], filters: { id: input.product_id } })
    const current = (product as { trade_profile?: Record<string, unknown> & { id: string } } | undefined)?.trade_profile
    if (current) {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...previous } = current
      const updated = await trade.updateTradeProfiles({ id: current.id, ...input.trade } as never)
      return new StepResponse(updated, { updated: previous } as Undo)
    }
    const created = await trade.createTradeProfiles(input.trade as never)
    const link = { [Modules.PRODUCT]: { product_id: input.product_id }, [TRADE_MODULE]: { trade_profile_id: created.id } }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse(created, { created: created.id, link } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    if ("updated" in undo) {
      await trade.updateTradeProfiles(undo.updated as never)
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.link)
    await trade.deleteTradeProfiles([undo.created])
  },
)
