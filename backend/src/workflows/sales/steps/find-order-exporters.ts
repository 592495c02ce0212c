import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORTER_MODULE } from "../../../modules/exporter"
import ExporterOrderLink from "../../../links/exporter-order"
import ExporterProductLink from "../../../links/exporter-product"

type Row = Record<string, any>

export const findOrderExportersStepId = "find-order-exporters"

/** The exporters whose products an order holds and that are not linked to it yet, as links to create. */
export const findOrderExportersStep = createStep(findOrderExportersStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: input.order_id } })
  const productIds = [...new Set(((order as Row)?.items ?? []).map((i: Row) => i.product_id).filter(Boolean))] as string[]
  if (!productIds.length) return new StepResponse([])
  const [{ data: owners }, { data: linked }] = await Promise.all([
    query.graph({ entity: ExporterProductLink.entryPoint, fields: ["exporter_id"], filters: { product_id: productIds } }),
    query.graph({ entity: ExporterOrderLink.entryPoint, fields: ["exporter_id"], filters: { order_id: input.order_id } }),
  ])
  const already = new Set((linked as Row[]).map((l) => l.exporter_id))
  const exporters = [...new Set((owners as Row[]).map((o) => o.exporter_id as string))].filter((id) => !already.has(id))
  return new StepResponse(
    exporters.map((id) => ({ [EXPORTER_MODULE]: { exporter_id: id }, [Modules.ORDER]: { order_id: input.order_id } })),
  )
})
