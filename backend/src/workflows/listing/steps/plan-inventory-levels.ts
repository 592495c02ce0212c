import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { optionsKey, type ListingPlan } from "../utils/plan-listing-change"

type Row = Record<string, any>

export const planInventoryLevelsStepId = "plan-inventory-levels"

/**
 * After the variants are written: which inventory levels to create (a variant
 * without one at the listing's location) and which to set, so Medusa's own
 * inventory workflows write them. New variants are found by their options.
 */
export const planInventoryLevelsStep = createStep(
  planInventoryLevelsStepId,
  async (input: { product_id: string; stock: NonNullable<ListingPlan["stock"]> }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: [
        "options.id",
        "options.title",
        "variants.id",
        "variants.options.value",
        "variants.options.option_id",
        "variants.inventory_items.inventory_item_id",
      ],
      filters: { id: input.product_id },
    })
    const p = product as Row
    const titles = new Map<string, string>((p?.options ?? []).map((o: Row) => [o.id, o.title]))
    const variants = (p?.variants ?? []).map((v: Row) => ({
      id: v.id as string,
      key: optionsKey(Object.fromEntries((v.options ?? []).map((o: Row) => [titles.get(o.option_id) ?? o.option_id, o.value]))),
      items: (v.inventory_items ?? []).map((i: Row) => i.inventory_item_id as string),
    }))
    const items = variants.flatMap((v: { items: string[] }) => v.items)
    const { data: levels } = items.length
      ? await query.graph({
          entity: "inventory_level",
          fields: ["inventory_item_id"],
          filters: { inventory_item_id: items, location_id: input.stock.location_id },
        })
      : { data: [] as Row[] }
    const hasLevel = new Set((levels as Row[]).map((l) => l.inventory_item_id))
    const create: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const update: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const v of variants as { id: string; key: string; items: string[] }[]) {
      const wanted = input.stock.quantities.find((q) => q.variant_id === v.id || (q.options_key && q.options_key === v.key))
      for (const item of v.items) {
        if (!hasLevel.has(item))
          create.push({ inventory_item_id: item, location_id: input.stock.location_id, stocked_quantity: wanted?.quantity ?? 0 })
        else if (wanted) update.push({ inventory_item_id: item, location_id: input.stock.location_id, stocked_quantity: wanted.quantity })
      }
    }
    return new StepResponse({ create, update })
  },
)
