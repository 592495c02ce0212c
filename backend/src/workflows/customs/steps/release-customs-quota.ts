import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMS_MODULE } from "../../../modules/customs"
import { fen, yuan } from "../../../modules/customs/rules"
import type CustomsModuleService from "../../../modules/customs/service"

export interface ReleaseCustomsQuotaInput {
  order_id: string
  /** A cancelled order releases its whole declaration; a refund only what it gave back of cross-border goods. */
  reason: "canceled" | "refunded"
}

export const releaseCustomsQuotaStepId = "release-customs-quota"

const num = (v: unknown) => Number((v as { value?: string } | null)?.value ?? v ?? 0)

/**
 * What of an order's declaration no longer counts against the buyer's annual
 * quota. Only cross-border goods and their parcel's shipping were declared, so
 * only they are released: the value of cross-border units returned, plus the
 * declared shipping once every cross-border unit is back; never more than was
 * refunded, and nothing for a refund of domestic goods, tax, shipping alone or
 * goodwill without a return.
 */
export const releaseCustomsQuotaStep = createStep(
  releaseCustomsQuotaStepId,
  async (input: ReleaseCustomsQuotaInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    const {
      data: [link],
    } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
    const [declaration] = link ? await customs.listCustomsDeclarations({ cart_id: link.cart_id }) : []
    if (!declaration) return new StepResponse(null, null)
    const declaredFen = fen(Number(declaration.amount))

    let releasedFen = declaredFen
    if (input.reason === "refunded") {
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "items.product_id",
          "items.unit_price",
          "items.adjustments.amount",
          "items.detail.quantity",
          "items.detail.return_received_quantity",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: input.order_id },
      })
      const productIds = [...new Set((order?.items ?? []).map((i: any) => i?.product_id).filter(Boolean))] as string[]
      const { data: products } = productIds.length
        ? await query.graph({ entity: "product", fields: ["id", "trade_profile.stock_origin"], filters: { id: productIds } })
        : { data: [] as any[] }
      const crossBorder = new Set(products.filter((p: any) => p.trade_profile?.stock_origin === "cross_border").map((p: any) => p.id))
      const lines = (order?.items ?? []).filter((i: any) => i && crossBorder.has(i.product_id))
      let goodsFen = 0
      let returnedFen = 0
      let allBack = lines.length > 0
      for (const line of lines as any[]) {
        // An order line's quantities live on its detail; its value is what the declaration counted: price less discounts.
        const quantity = num(line.detail?.quantity)
        const returned = Math.min(quantity, num(line.detail?.return_received_quantity))
        const discount = (line.adjustments ?? []).reduce((sum: number, a: any) => sum + num(a?.amount), 0)
        const valueFen = fen(num(line.unit_price) * quantity - discount)
        goodsFen += valueFen
        returnedFen += quantity ? Math.round((valueFen * returned) / quantity) : 0
        if (returned < quantity) allBack = false
      }
      const shippingFen = Math.max(0, declaredFen - goodsFen)
      const refundedFen = (order?.payment_collections ?? [])
        .flatMap((c: any) => c?.payments ?? [])
        .flatMap((p: any) => p?.refunds ?? [])
        .reduce((sum: number, r: any) => sum + fen(num(r?.amount)), 0)
      releasedFen = Math.min(declaredFen, refundedFen, returnedFen + (allBack ? shippingFen : 0))
    }

    const before = { id: declaration.id, order_id: declaration.order_id, released_amount: Number(declaration.released_amount) }
    const released = Math.max(fen(before.released_amount), releasedFen)
    await customs.updateCustomsDeclarations({ id: declaration.id, order_id: input.order_id, released_amount: yuan(released) })
    return new StepResponse({ released: yuan(released) }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const customs: CustomsModuleService = container.resolve(CUSTOMS_MODULE)
    await customs.updateCustomsDeclarations(before)
  },
)
