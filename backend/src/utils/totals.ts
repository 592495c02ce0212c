import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { customsLocale } from "../modules/customs/messages"
import { taxRuleNote } from "../modules/cross-border-tax/messages"
import { crossBorderTaxBasis, type TaxRule } from "../modules/cross-border-tax/rates"
import { chinaRulesApply, loadCartGoods } from "./cart-customs"
import { receipt, RECEIPT_FIELDS, type Receipt, type ReceiptLine, type ReceiptPart } from "./receipt"

/**
 * The totals the shop shows for a cart or an order — the same figures on the
 * cart, the checkout, the confirmation, the account and the e-mail: the
 * receipt in fen (receipt.ts), each discount under its promotion's name in
 * the buyer's language, and for a cart which tax rule its cross-border goods
 * fall under, and why.
 */
export interface ShopTotals extends Receipt {
  lines: (ReceiptLine & { cross_border: boolean })[]
  discounts: (ReceiptPart & { is_automatic: boolean })[]
  tax_rule: { rule: TaxRule; dutiable_value: number; note: string } | null
}

/** Promotions by code: their names (from their metadata, in the locale) and whether they apply by themselves. */
async function promotionLabels(container: MedusaContainer, codes: string[], locale: string | null | undefined) {
  const labels = new Map<string, { name: string; is_automatic: boolean }>()
  if (!codes.length) return labels
  const promotions = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ code: codes }, { select: ["code", "is_automatic", "metadata"] })
  const lang = customsLocale(locale)
  for (const p of promotions) {
    const names = (p.metadata?.name ?? {}) as Record<string, string>
    labels.set(p.code!, { name: names[lang] || names.en || p.code!, is_automatic: !!p.is_automatic })
  }
  return labels
}

async function withPromotionNames(container: MedusaContainer, r: Receipt, locale: string | null | undefined) {
  const labels = await promotionLabels(
    container,
    r.discounts.map((d) => d.code),
    locale,
  )
  return r.discounts.map((d) => ({
    ...d,
    name: labels.get(d.code)?.name ?? d.code,
    is_automatic: labels.get(d.code)?.is_automatic ?? false,
  }))
}

export async function loadCartTotals(container: MedusaContainer, cartId: string, locale: string | null | undefined): Promise<ShopTotals> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [cart],
    },
    goods,
  ] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", ...RECEIPT_FIELDS], filters: { id: cartId } }),
    loadCartGoods(container, cartId),
  ])
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)
  const r = receipt(cart as never, locale)
  const crossBorder = new Set(goods.lines.filter((l) => l.cross_border).map((l) => l.item_id))
  const basis = chinaRulesApply(goods.cart) && crossBorder.size ? crossBorderTaxBasis(goods.lines, goods.parcels) : null
  return {
    ...r,
    lines: r.lines.map((l) => ({ ...l, cross_border: crossBorder.has(l.id) })),
    discounts: await withPromotionNames(container, r, locale),
    tax_rule: basis ? { rule: basis.rule, dutiable_value: basis.dutiable_value, note: taxRuleNote(locale, basis, goods.lines) } : null,
  }
}

export async function loadOrderTotals(container: MedusaContainer, orderId: string, locale: string | null | undefined): Promise<ShopTotals> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", ...RECEIPT_FIELDS], filters: { id: orderId } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found.`)
  const r = receipt(order as never, locale)
  return {
    ...r,
    // An order's cross-border lines are the ones that paid cross-border tax (domestic stock pays none).
    lines: r.lines.map((l) => ({ ...l, cross_border: l.tax > 0 })),
    discounts: await withPromotionNames(container, r, locale),
    tax_rule: null,
  }
}
