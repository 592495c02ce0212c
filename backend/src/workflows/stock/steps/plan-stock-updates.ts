import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exporterMessage } from "../../../api/exporter/messages"
import type { PartnerLocale } from "../../../modules/partner-access/constants"
import { exporterLocations, resolveOwnVariants, thresholdOf } from "../../../utils/exporter-stock"
import type { AuditActor, AuditEntryInput } from "../../audit/steps/record-audit-entries"

type Row = Record<string, any>
type Level = { inventory_item_id: string; location_id: string; stocked_quantity: number }

export interface StockUpdateRow {
  variant_id?: string
  sku?: string
  location_id?: string
  stocked_quantity?: number
  low_stock_threshold?: number | null
}

export const planStockUpdatesStepId = "plan-stock-updates"

/**
 * Turns an exporter's bulk stock rows into writes for Medusa's inventory and
 * product workflows: levels to create or set (at the row's location, or the
 * one its listing's stock origin names), variants whose threshold changes,
 * and the audit entries. Every row is checked before anything is written.
 */
export const planStockUpdatesStep = createStep(
  planStockUpdatesStepId,
  async (input: { exporter_id: string; locale: PartnerLocale; actor: AuditActor; updates: StockUpdateRow[] }, { container }) => {
    const [variants, locations] = await Promise.all([
      resolveOwnVariants(container, input.exporter_id, input.updates, "updates", input.locale),
      exporterLocations(container),
    ])
    const allowed = new Map(locations.list.map((l) => [l.id, l.name]))
    const itemIds = variants.flatMap((v) => v.inventory_item_ids)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: existing } = itemIds.length
      ? await query.graph({
          entity: "inventory_level",
          fields: ["inventory_item_id", "location_id", "stocked_quantity"],
          filters: { inventory_item_id: itemIds },
        })
      : { data: [] as Row[] }
    const before = new Map((existing as Row[]).map((l) => [`${l.inventory_item_id}:${l.location_id}`, Number(l.stocked_quantity)]))

    const levels = new Map<string, Level>()
    const thresholds = new Map<string, { id: string; metadata: Record<string, unknown> }>()
    const changes = new Map<string, Record<string, { before: unknown; after: unknown }>>()
    const note = (productId: string, field: string, was: unknown, now: unknown) => {
      if (was === now) return
      changes.set(productId, { ...(changes.get(productId) ?? {}), [field]: { before: was, after: now } })
    }
    input.updates.forEach((row, i) => {
      const v = variants[i]
      const name = v.sku ?? v.id
      if (row.stocked_quantity !== undefined) {
        const location = row.location_id ?? (v.stock_origin ? locations.byOrigin[v.stock_origin] : undefined)
        if (!location || !allowed.has(location)) {
          const allowedList = locations.list.map((l) => `${l.id} (${l.name})`).join(", ")
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            exporterMessage(input.locale, "unknown_location", {
              field: `updates[${i}].location_id`,
              value: row.location_id ?? "—",
              allowed: allowedList,
            }),
          )
        }
        if (!v.inventory_item_ids.length)
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `updates[${i}].variant_id: variant ${name} does not keep stock`)
        for (const item of v.inventory_item_ids) {
          levels.set(`${item}:${location}`, { inventory_item_id: item, location_id: location, stocked_quantity: row.stocked_quantity })
          note(
            v.product_id,
            `variants.${name}.stock.${allowed.get(location)}`,
            before.get(`${item}:${location}`) ?? null,
            row.stocked_quantity,
          )
        }
      }
      if (row.low_stock_threshold !== undefined) {
        const current = thresholds.get(v.id)?.metadata ?? v.metadata ?? {}
        thresholds.set(v.id, { id: v.id, metadata: { ...current, low_stock_threshold: row.low_stock_threshold } })
        note(v.product_id, `variants.${name}.low_stock_threshold`, thresholdOf(v.metadata), row.low_stock_threshold)
      }
    })
    const all = [...levels.values()]
    const audit: AuditEntryInput[] = [...changes.entries()].map(([productId, c]) => ({
      actor: input.actor,
      action: "stock.updated",
      resource_type: "product",
      resource_id: productId,
      scope_id: input.exporter_id,
      changes: c,
    }))
    return new StepResponse({
      create: all.filter((l) => !before.has(`${l.inventory_item_id}:${l.location_id}`)),
      update: all.filter((l) => before.has(`${l.inventory_item_id}:${l.location_id}`)),
      thresholds: [...thresholds.values()],
      audit,
      rows: input.updates.length,
    })
  },
)
