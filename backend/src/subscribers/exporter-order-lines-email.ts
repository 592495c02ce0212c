import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { renderOrderLines, type OrderLineNotice } from "../emails/exporter-notices"
import ExporterProductLink from "../links/exporter-product"
import { mailExporterPeople } from "../utils/exporter-people"
import { portalUrl } from "../utils/portal-links"
import { num } from "../utils/receipt"

type Row = Record<string, any>

/**
 * Tells each exporter whose products are in a new order which of its lines it
 * has: product, variant, SKU and quantity. The buyer's name, contact and
 * address are never read here, and another exporter's lines never appear.
 */
export default async function sendExporterOrderLines({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.product_id",
      "items.product_title",
      "items.variant_title",
      "items.variant_sku",
      "items.title",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: event.data.id },
  })
  const items = ((order as Row | undefined)?.items ?? []).filter((i: Row | null) => i?.product_id) as Row[]
  if (!items.length) return
  const { data: links } = await query.graph({
    entity: ExporterProductLink.entryPoint,
    fields: ["exporter_id", "product_id"],
    filters: { product_id: [...new Set(items.map((i) => i.product_id as string))] },
  })
  // An order line's quantity lives on its order item (`detail`); the line itself has none in the query.
  const byExporter = new Map<string, OrderLineNotice[]>()
  for (const item of items) {
    const exporterId = (links as Row[]).find((l) => l.product_id === item.product_id)?.exporter_id
    if (!exporterId) continue
    const lines = byExporter.get(exporterId) ?? []
    lines.push({
      title: item.product_title ?? item.title,
      variant: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      quantity: num(item.detail?.quantity ?? item.quantity),
    })
    byExporter.set(exporterId, lines)
  }
  const displayId = String((order as Row).display_id ?? (order as Row).id)
  for (const [exporterId, lines] of byExporter) {
    await mailExporterPeople(container, exporterId, {
      template: "exporter-order-lines",
      trigger: event.name,
      resource_type: "order",
      resource_id: (order as Row).id,
      key: `exporter-order-lines-${(order as Row).id}`,
      render: (locale) => renderOrderLines({ locale, displayId, lines, url: portalUrl("listings", {}) }),
    })
  }
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
