import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renderLowStock } from "../emails/exporter-notices"
import { productOwner } from "../utils/exporter-scope"
import { mailExporterPeople } from "../utils/exporter-people"
import { listingSnapshot } from "../utils/listings"
import { portalUrl } from "../utils/portal-links"

type Row = Record<string, any>

/**
 * Below this many available units (stocked minus reserved) at a location, an
 * exporter's people are told, when the variant has no threshold of its own.
 */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5

/**
 * A variant's own threshold (variant metadata `low_stock_threshold`, where the
 * stock routes keep it: low at or below it, as the portal marks it), else
 * below the default.
 */
function lowStockRule(metadata: Record<string, unknown> | null | undefined) {
  const own = metadata?.low_stock_threshold
  return typeof own === "number" && Number.isInteger(own) && own >= 0
    ? { threshold: own, isLow: (available: number) => available <= own }
    : { threshold: DEFAULT_LOW_STOCK_THRESHOLD, isLow: (available: number) => available < DEFAULT_LOW_STOCK_THRESHOLD }
}

/**
 * Low-stock alert: when a stock level of an exporter's product falls below the
 * threshold (an edit, an import, a reservation by an order), its people get
 * one e-mail; the level's metadata remembers it until the stock is back at or
 * above the threshold, so each fall is told once.
 */
export default async function sendLowStockEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const filters = event.name.startsWith("reservation-item") ? await reservationLevel(query, event.data.id) : { id: event.data.id }
  if (!filters) return
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "metadata"],
    filters,
  })
  for (const level of levels as Row[]) {
    const variant = await variantOf(query, level.inventory_item_id)
    if (!variant) continue
    const rule = lowStockRule(variant.metadata)
    const available = Number(level.stocked_quantity) - Number(level.reserved_quantity)
    const alerted = !!level.metadata?.low_stock_alerted_at
    const low = rule.isLow(available)
    if (low === alerted) continue
    // The level's own metadata (its type leaves metadata out of updates, the model has it).
    const metadata = { ...(level.metadata ?? {}), low_stock_alerted_at: low ? new Date().toISOString() : null }
    await inventory.updateInventoryLevels([
      { inventory_item_id: level.inventory_item_id, location_id: level.location_id, metadata } as never,
    ])
    if (low) await alertExporter(container, query, level, variant, available, rule.threshold)
  }
}

async function reservationLevel(query: Row, reservationId: string) {
  const {
    data: [reservation],
  } = await query.graph({
    entity: "reservation_item",
    fields: ["inventory_item_id", "location_id"],
    filters: { id: reservationId },
    withDeleted: true,
  })
  return reservation ? { inventory_item_id: reservation.inventory_item_id, location_id: reservation.location_id } : null
}

/** The product variant an inventory item stocks (one item a variant in this shop). */
async function variantOf(query: Row, inventoryItemId: string): Promise<Row | undefined> {
  const {
    data: [item],
  } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.id", "variants.title", "variants.product_id", "variants.metadata"],
    filters: { id: inventoryItemId },
  })
  return ((item as Row | undefined)?.variants ?? [])[0] as Row | undefined
}

async function alertExporter(
  container: SubscriberArgs["container"],
  query: Row,
  level: Row,
  variant: Row,
  available: number,
  threshold: number,
) {
  const {
    data: [location],
  } = await query.graph({ entity: "stock_location", fields: ["name"], filters: { id: level.location_id } })
  const exporterId = await productOwner(container, variant.product_id)
  const listing = exporterId ? await listingSnapshot(container, variant.product_id) : null
  if (!exporterId || !listing) return
  const multi = listing.variants.length > 1
  await mailExporterPeople(container, exporterId, {
    template: "exporter-low-stock",
    trigger: "inventory-level.updated",
    resource_type: "inventory_level",
    resource_id: level.id,
    key: `low-stock-${level.id}-${Date.now()}`,
    render: (locale) => {
      const content = listing.content[locale === "uz" ? "ru" : locale] ?? listing.content.en
      const title = content.title ?? listing.content["zh-CN"].title ?? listing.content.en.title ?? listing.handle
      return renderLowStock({
        locale,
        title: multi ? `${title} · ${variant.title}` : title,
        available: Math.max(0, available),
        location: (location as Row | undefined)?.name ?? level.location_id,
        threshold,
        url: portalUrl(`listings/${listing.id}`, {}),
      })
    },
  })
}

export const config: SubscriberConfig = { event: ["inventory-level.created", "inventory-level.updated", "reservation-item.created"] }
