import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_ACCESS_HEADER, orderAccessOf } from "../../../../utils/order-access"
import { loadOrderTotals } from "../../../../utils/totals"

/** What anyone holding the order id sees: where the order stands and what was bought, nothing about the buyer. */
const PUBLIC_ORDER = ["id", "display_id", "status", "payment_status", "fulfillment_status", "created_at", "currency_code"] as const
const PUBLIC_ITEM = ["id", "title", "product_id", "variant_id", "product_title", "variant_title", "product_handle", "thumbnail"] as const

const pick = <K extends string>(row: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k] ?? null])) as Record<K, unknown>

/** The public view is built field by field: whatever else the workflow adds (payments, fulfilments) stays out. */
function publicOrder(order: Record<string, any>) {
  return {
    ...pick(order, PUBLIC_ORDER),
    items: (order.items ?? []).map((item: Record<string, any>) => ({
      ...pick(item, PUBLIC_ITEM),
      quantity: item.detail?.quantity ?? item.quantity,
    })),
  }
}

/**
 * Medusa's order retrieval, with access decided by who asks (orderAccessOf):
 * the owner or a signed link reads the order as Medusa's route answers it;
 * anyone else gets its status and goods only. `access` tells the shop which.
 * The whole order comes with its totals as the shop shows them (utils/totals.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { access } = await orderAccessOf(req.scope, req.params.id, {
    actorCustomerId: req.auth_context?.actor_id,
    token: req.headers[ORDER_ACCESS_HEADER],
  })
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: {
      fields:
        access === "public" ? [...PUBLIC_ORDER, ...PUBLIC_ITEM.map((f) => `items.${f}`), "items.detail.quantity"] : req.queryConfig.fields,
      order_id: req.params.id,
      filters: { is_draft_order: false },
    },
  })
  if (access === "public") {
    res.status(200).json({ order: publicOrder(result as Record<string, any>), access })
    return
  }
  res.status(200).json({ order: result, access, totals: await loadOrderTotals(req.scope, req.params.id, req.locale) })
}
