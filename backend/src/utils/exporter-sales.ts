import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExporterOrderLink from "../links/exporter-order"
import {
  fulfilmentModesFrom,
  FULFILMENT_MODES_BY_ORIGIN,
  type FulfilmentMode,
  type ProductTitles,
  type SalesLine,
  type SalesOrder,
  type SalesState,
  type StockOrigin,
} from "@bozor/shared"
import { exporterProductIds } from "./exporter-scope"
import { productTitles } from "./product-titles"

type Row = Record<string, any>

/**
 * What is read of an order: deliberately not `*`, not the customer, not the
 * address beyond city and province. The other lines are read for their net
 * amount only (to share a refund), and never leave this file.
 */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "items.adjustments.amount",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  "shipping_methods.shipping_option_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "payment_collections.status",
  "payment_collections.authorized_amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]

const query = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.QUERY)
const num = (value: unknown) => Number((value as { numeric?: number })?.numeric ?? value ?? 0)
const money = (n: number) => Math.round(n * 100) / 100

/** The ids of the orders an exporter is linked to (it had a product in them). */
async function exporterOrderIds(scope: MedusaContainer, exporterId: string): Promise<string[]> {
  const { data } = await query(scope).graph({
    entity: ExporterOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { exporter_id: exporterId },
  })
  return (data as Row[]).map((r) => r.order_id)
}

function stateOf(order: Row, ownItemIds: Set<string>, refunded: number): { state: SalesState; waybills: string[] } {
  const fulfilments = ((order.fulfillments ?? []) as Row[]).filter(
    (f) => !f.canceled_at && (f.items ?? []).some((i: Row) => ownItemIds.has(i.line_item_id)),
  )
  const waybills = fulfilments.flatMap((f) => (f.labels ?? []).map((l: Row) => l.tracking_number)).filter(Boolean)
  if (order.status === "canceled") return { state: "canceled", waybills }
  if (refunded > 0) return { state: "refunded", waybills }
  const covered = new Set(fulfilments.flatMap((f) => (f.items ?? []).map((i: Row) => i.line_item_id)))
  const allCovered = [...ownItemIds].every((id) => covered.has(id))
  if (fulfilments.length && allCovered && fulfilments.every((f) => f.delivered_at)) return { state: "delivered", waybills }
  if (fulfilments.some((f) => f.shipped_at)) return { state: "shipped", waybills }
  if (fulfilments.length) return { state: "packed", waybills }
  const paid = ((order.payment_collections ?? []) as Row[]).some(
    (p) => num(p.captured_amount) > 0 || num(p.authorized_amount) > 0 || ["authorized", "completed"].includes(p.status),
  )
  return { state: paid ? "paid" : "pending", waybills }
}

/** The exporter's view of some orders (ids already known to be linked to it), newest first. */
async function shapeOrders(scope: MedusaContainer, exporterId: string, orders: Row[]): Promise<SalesOrder[]> {
  const own = new Set(await exporterProductIds(scope, exporterId))
  const productIds = [...new Set(orders.flatMap((o) => (o.items ?? []).map((i: Row) => i.product_id)).filter((id) => own.has(id)))]
  const optionIds = [...new Set(orders.flatMap((o) => (o.shipping_methods ?? []).map((m: Row) => m.shipping_option_id)).filter(Boolean))]
  const [{ data: products }, { data: options }, titles] = await Promise.all([
    productIds.length
      ? query(scope).graph({ entity: "product", fields: ["id", "trade_profile.stock_origin"], filters: { id: productIds } })
      : Promise.resolve({ data: [] }),
    optionIds.length
      ? query(scope).graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: optionIds } })
      : Promise.resolve({ data: [] }),
    productTitles(scope, productIds),
  ])
  const origins = new Map((products as Row[]).map((p) => [p.id, p.trade_profile?.stock_origin as StockOrigin | undefined]))
  const optionModes = new Map((options as Row[]).map((o) => [o.id, o.type?.code as string | undefined]))

  return orders.map((order) => {
    const items = (order.items ?? []) as Row[]
    const modesChosen = (order.shipping_methods ?? []).map((m: Row) => optionModes.get(m.shipping_option_id)).filter(Boolean) as string[]
    const lineOf = (i: Row): SalesLine => {
      // An order line's quantity lives on its order item (the "detail"); Medusa flattens it only when the detail is read.
      const quantity = num(i.detail?.quantity ?? i.quantity)
      const unit = num(i.unit_price)
      const gross = money(unit * quantity)
      const discount = money((i.adjustments ?? []).reduce((n: number, a: Row) => n + num(a.amount), 0))
      const origin = origins.get(i.product_id)
      // The mode the buyer chose for the line's parcel (an International order's is international_mail), else the
      // one its goods are listed with.
      const modes = origin ? fulfilmentModesFrom(origin) : []
      return {
        id: i.id,
        product_id: i.product_id,
        variant_id: i.variant_id ?? null,
        title: i.product_title ?? i.title,
        titles: titles.get(i.product_id) ?? { "zh-CN": null, en: null, ru: null },
        variant_title: i.variant_title ?? null,
        sku: i.variant_sku ?? null,
        thumbnail: i.thumbnail ?? null,
        quantity,
        unit_price: unit,
        gross,
        discount,
        net: money(gross - discount),
        fulfilment_mode: (modes.find((m) => modesChosen.includes(m)) ??
          (origin ? FULFILMENT_MODES_BY_ORIGIN[origin][0] : null)) as FulfilmentMode | null,
      }
    }
    const lines = items.filter((i) => own.has(i.product_id)).map(lineOf)
    const allNet = items.reduce(
      (n, i) =>
        n +
        num(i.unit_price) * num(i.detail?.quantity ?? i.quantity) -
        (i.adjustments ?? []).reduce((m: number, a: Row) => m + num(a.amount), 0),
      0,
    )
    const gross = money(lines.reduce((n, l) => n + l.gross, 0))
    const discount = money(lines.reduce((n, l) => n + l.discount, 0))
    const net = money(gross - discount)
    // A refund is of the whole order; the exporter bears the share its lines are of the goods, never more than they are worth.
    const orderRefunded = ((order.payment_collections ?? []) as Row[]).reduce((n, p) => n + num(p.refunded_amount), 0)
    const refunded = allNet > 0 ? money(Math.min(net, (orderRefunded * net) / allNet)) : 0
    const { state, waybills } = stateOf(order, new Set(lines.map((l) => l.id)), refunded)
    return {
      id: order.id,
      display_id: order.display_id,
      created_at: new Date(order.created_at).toISOString(),
      state,
      waybills,
      currency_code: order.currency_code,
      destination: {
        city: order.shipping_address?.city ?? null,
        province: order.shipping_address?.province ?? null,
        country_code: order.shipping_address?.country_code ?? null,
      },
      lines,
      totals: { gross, discount, net, refunded, units: lines.reduce((n, l) => n + l.quantity, 0) },
    }
  })
}

/** A page of the exporter's orders, newest first; optionally only those placed in [from, to). */
export async function exporterOrders(
  scope: MedusaContainer,
  exporterId: string,
  options: { limit?: number; offset?: number; from?: Date; to?: Date; ids?: string[] } = {},
): Promise<{ orders: SalesOrder[]; count: number }> {
  let ids = await exporterOrderIds(scope, exporterId)
  if (options.ids) ids = ids.filter((id) => options.ids!.includes(id))
  if (!ids.length) return { orders: [], count: 0 }
  const created =
    options.from || options.to
      ? { created_at: { ...(options.from ? { $gte: options.from } : {}), ...(options.to ? { $lt: options.to } : {}) } }
      : {}
  const { data, metadata } = await query(scope).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: ids, ...created },
    pagination: { order: { created_at: "DESC" }, ...(options.limit ? { take: options.limit, skip: options.offset ?? 0 } : {}) },
  })
  return { orders: await shapeOrders(scope, exporterId, data as Row[]), count: metadata?.count ?? (data as Row[]).length }
}

/** Calendar day (UTC) of a timestamp, as YYYY-MM-DD. */
const dayOf = (iso: string) => iso.slice(0, 10)

/** The dashboard: revenue (own net), units and orders per day, top products, and the split by fulfilment mode; canceled orders left out. */
export function salesSummary(orders: SalesOrder[], from: Date, to: Date) {
  const counted = orders.filter((o) => o.state !== "canceled")
  const days = new Map<string, { date: string; revenue: number; units: number; orders: number }>()
  for (let d = new Date(from); d < to; d = new Date(d.getTime() + 86_400_000))
    days.set(dayOf(d.toISOString()), { date: dayOf(d.toISOString()), revenue: 0, units: 0, orders: 0 })
  const products = new Map<string, { product_id: string; title: string; titles: ProductTitles; units: number; revenue: number }>()
  const modes = new Map<string, { mode: string; revenue: number; units: number; orders: Set<string> }>()
  for (const o of counted) {
    const day = days.get(dayOf(o.created_at))
    if (day) {
      day.revenue = money(day.revenue + o.totals.net - o.totals.refunded)
      day.units += o.totals.units
      day.orders += 1
    }
    for (const l of o.lines) {
      const p = products.get(l.product_id) ?? { product_id: l.product_id, title: l.title, titles: l.titles, units: 0, revenue: 0 }
      p.units += l.quantity
      p.revenue = money(p.revenue + l.net)
      products.set(l.product_id, p)
      const mode = l.fulfilment_mode ?? "unknown"
      const m = modes.get(mode) ?? { mode, revenue: 0, units: 0, orders: new Set<string>() }
      m.revenue = money(m.revenue + l.net)
      m.units += l.quantity
      m.orders.add(o.id)
      modes.set(mode, m)
    }
  }
  const series = [...days.values()]
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    currency_code: "cny",
    totals: {
      revenue: money(series.reduce((n, d) => n + d.revenue, 0)),
      units: series.reduce((n, d) => n + d.units, 0),
      orders: series.reduce((n, d) => n + d.orders, 0),
    },
    series,
    top_products: [...products.values()].sort((a, b) => b.revenue - a.revenue || b.units - a.units).slice(0, 5),
    by_fulfilment_mode: [...modes.values()]
      .map((m) => ({ mode: m.mode, revenue: m.revenue, units: m.units, orders: m.orders.size }))
      .sort((a, b) => b.revenue - a.revenue),
  }
}

/**
 * A month's statement: gross sales, discounts and refunds of the exporter's
 * lines in orders placed that month (canceled ones left out), Bozor's
 * commission at the exporter's rate on what remains, and the net payable.
 */
export function monthlyStatement(orders: SalesOrder[], month: string, commissionBps: number) {
  const counted = orders.filter((o) => o.state !== "canceled")
  const gross = money(counted.reduce((n, o) => n + o.totals.gross, 0))
  const discounts = money(counted.reduce((n, o) => n + o.totals.discount, 0))
  const refunds = money(counted.reduce((n, o) => n + o.totals.refunded, 0))
  const base = money(gross - discounts - refunds)
  const commission = money((base * commissionBps) / 10_000)
  return {
    month,
    currency_code: "cny",
    commission_rate: commissionBps / 100,
    gross,
    discounts,
    refunds,
    commission,
    net_payable: money(base - commission),
    orders: counted.length,
    lines: counted
      .slice()
      .reverse()
      .flatMap((o) =>
        o.lines.map((l) => ({
          date: dayOf(o.created_at),
          order: o.display_id,
          sku: l.sku,
          title: l.title,
          titles: l.titles,
          variant_title: l.variant_title,
          quantity: l.quantity,
          unit_price: l.unit_price,
          gross: l.gross,
          discount: l.discount,
          refunded: o.totals.net > 0 ? money((o.totals.refunded * l.net) / o.totals.net) : 0,
          state: o.state,
        })),
      ),
  }
}

export type MonthlyStatement = ReturnType<typeof monthlyStatement>

const csvCell = (value: unknown) => {
  const raw = value === null || value === undefined ? "" : String(value)
  // A text starting like a formula is opened as text by spreadsheets, not run.
  const text = typeof value === "string" && /^[=+\-@]/.test(raw) ? `'${raw}` : raw
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The statement as CSV: one row per line sold, then the totals (writing CSV needs no parser: cells are quoted as RFC 4180 says). */
export function statementCsv(s: MonthlyStatement): string {
  const rows: unknown[][] = [
    ["date", "order", "sku", "product", "variant", "quantity", "unit_price_cny", "gross_cny", "discount_cny", "refunded_cny", "state"],
    ...s.lines.map((l) => [
      l.date,
      l.order,
      l.sku,
      l.title,
      l.variant_title,
      l.quantity,
      l.unit_price,
      l.gross,
      l.discount,
      l.refunded,
      l.state,
    ]),
    [],
    ["month", s.month],
    ["gross_cny", s.gross],
    ["discounts_cny", s.discounts],
    ["refunds_cny", s.refunds],
    [`commission_cny (${s.commission_rate} %)`, s.commission],
    ["net_payable_cny", s.net_payable],
  ]
  return "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
