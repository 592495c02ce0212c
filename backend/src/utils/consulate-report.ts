import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Sales figures for the consulate: aggregates over Medusa's order tables,
 * never a row about one buyer. An order counts when it is placed, not a draft,
 * not canceled, and in yuan. Revenue is the goods' price times quantity less
 * their discounts (shipping and tax aside). A campaign's figures are the orders
 * that carry one of its promotions, and its discount is what its promotions
 * took off (goods and shipping). Days are Beijing days.
 */

export interface ReportScope {
  from: Date
  to: Date
  /** The campaign's promotion ids; null for every order of the period. */
  promotion_ids: string[] | null
}

interface Totals {
  orders: number
  revenue_cny: number
  units: number
  buyers: number
  redemptions: number
  discount_cny: number
}

const n = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100

/** The orders of the period (and campaign), as a CTE every figure starts from. */
function ordersCte(scope: ReportScope) {
  const campaign = scope.promotion_ids
    ? `and exists (
         select 1 from order_item oi2 join order_line_item_adjustment a2 on a2.item_id = oi2.item_id and a2.deleted_at is null
         where oi2.order_id = o.id and oi2.version = o.version and oi2.deleted_at is null and a2.promotion_id = any(cast(:promotions as text[]))
         union all
         select 1 from order_shipping os2 join order_shipping_method_adjustment sa2 on sa2.shipping_method_id = os2.shipping_method_id and sa2.deleted_at is null
         where os2.order_id = o.id and os2.version = o.version and os2.deleted_at is null and sa2.promotion_id = any(cast(:promotions as text[])))`
    : ""
  return `orders as (
      select o.id, o.version, o.created_at, coalesce(o.customer_id, o.email) as buyer
      from "order" o
      where o.deleted_at is null and o.is_draft_order = false and o.status <> 'canceled' and o.canceled_at is null
        and o.currency_code = 'cny' and o.created_at >= :from and o.created_at < :to ${campaign}
    ),
    lines as (
      select ord.id as order_id, ord.created_at, ord.buyer, li.product_id, oi.quantity::numeric as quantity,
             li.unit_price::numeric * oi.quantity::numeric - coalesce(adj.amount, 0) as revenue
      from orders ord
      join order_item oi on oi.order_id = ord.id and oi.version = ord.version and oi.deleted_at is null
      join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      left join lateral (select sum(a.amount::numeric) as amount from order_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null) adj on true
    ),
    adjustments as (
      select ord.id as order_id, ord.created_at, a.amount::numeric as amount, a.promotion_id, a.code
      from orders ord
      join order_item oi on oi.order_id = ord.id and oi.version = ord.version and oi.deleted_at is null
      join order_line_item_adjustment a on a.item_id = oi.item_id and a.deleted_at is null
      union all
      select ord.id, ord.created_at, sa.amount::numeric, sa.promotion_id, sa.code
      from orders ord
      join order_shipping os on os.order_id = ord.id and os.version = ord.version and os.deleted_at is null
      join order_shipping_method_adjustment sa on sa.shipping_method_id = os.shipping_method_id and sa.deleted_at is null
    ),
    counted as (
      select adj.* from adjustments adj ${scope.promotion_ids ? "where adj.promotion_id = any(cast(:promotions as text[]))" : ""}
    ),
    redeemed as (
      select distinct c.order_id, c.created_at from counted c join promotion p on p.id = c.promotion_id where p.is_automatic = false
    )`
}

/** A category's name in one language (%s), from the Translation Module's table. */
const CATEGORY_NAME = `(select t.translations ->> 'name' from translation t
   where t.reference = 'product_category' and t.reference_id = pc.id and t.locale_code = '%s' and t.deleted_at is null limit 1)`

export async function salesReport(container: MedusaContainer, scope: ReportScope) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // A Postgres array literal: knex would spread a JS array into separate bindings. Promotion ids are [a-z0-9_].
  const params = {
    from: scope.from,
    to: scope.to,
    promotions: `{${(scope.promotion_ids ?? []).filter((id) => /^[\w-]+$/.test(id)).join(",")}}`,
  }
  const run = async (select: string) => (await knex.raw(`with ${ordersCte(scope)} ${select}`, params)).rows as Record<string, unknown>[]
  const day = `to_char(timezone('Asia/Shanghai', %s), 'YYYY-MM-DD')`

  const [totals, byDay, discountsByDay, redemptionsByDay, byExporter, byRegion, byCategory] = await Promise.all([
    run(`select (select count(*) from orders) as orders, (select count(distinct buyer) from orders) as buyers,
                (select coalesce(sum(revenue), 0) from lines) as revenue_cny, (select coalesce(sum(quantity), 0) from lines) as units,
                (select count(*) from redeemed) as redemptions, (select coalesce(sum(amount), 0) from counted) as discount_cny`),
    run(`select ${day.replace("%s", "created_at")} as day, count(distinct order_id) as orders, sum(revenue) as revenue_cny, sum(quantity) as units
         from lines group by 1 order by 1`),
    run(`select ${day.replace("%s", "created_at")} as day, sum(amount) as discount_cny from counted group by 1`),
    run(`select ${day.replace("%s", "created_at")} as day, count(*) as redemptions from redeemed group by 1`),
    run(`select e.id as exporter_id, e.name as exporter, count(distinct l.order_id) as orders, sum(l.revenue) as revenue_cny, sum(l.quantity) as units
         from lines l
         left join exporter_exporter_product_product ep on ep.product_id = l.product_id and ep.deleted_at is null
         left join exporter e on e.id = ep.exporter_id
         group by 1, 2 order by revenue_cny desc`),
    run(`select tp.origin_region as region, count(distinct l.order_id) as orders, sum(l.revenue) as revenue_cny, sum(l.quantity) as units
         from lines l
         left join product_product_trade_trade_profile pt on pt.product_id = l.product_id and pt.deleted_at is null
         left join trade_profile tp on tp.id = pt.trade_profile_id
         group by 1 order by revenue_cny desc`),
    // A product sits in one leaf category here; one in several would count in each.
    // Its name too, in English (the base) and in Chinese and Russian (the Translation Module's rows), for people to read.
    run(`select pc.id as category_id, pc.handle as category, pc.name as name_en,
                ${CATEGORY_NAME.replace("%s", "zh-CN")} as name_zh, ${CATEGORY_NAME.replace("%s", "ru")} as name_ru,
                count(distinct l.order_id) as orders, sum(l.revenue) as revenue_cny, sum(l.quantity) as units
         from lines l
         left join product_category_product pcp on pcp.product_id = l.product_id
         left join product_category pc on pc.id = pcp.product_category_id and pc.deleted_at is null
         group by 1, 2, 3 order by revenue_cny desc`),
  ])

  const t = totals[0]
  const discounts = new Map(discountsByDay.map((d) => [d.day as string, n(d.discount_cny)]))
  const redemptions = new Map(redemptionsByDay.map((d) => [d.day as string, Number(d.redemptions)]))
  const days = [...new Set([...byDay.map((d) => d.day as string), ...discounts.keys()])].sort()
  const row = (r: Record<string, unknown>) => ({ orders: Number(r.orders), revenue_cny: n(r.revenue_cny), units: n(r.units) })
  return {
    totals: {
      orders: Number(t.orders),
      revenue_cny: n(t.revenue_cny),
      units: n(t.units),
      buyers: Number(t.buyers),
      redemptions: Number(t.redemptions),
      discount_cny: n(t.discount_cny),
    } satisfies Totals,
    by_day: days.map((d) => {
      const r = byDay.find((x) => x.day === d)
      return {
        day: d,
        ...(r ? row(r) : { orders: 0, revenue_cny: 0, units: 0 }),
        redemptions: redemptions.get(d) ?? 0,
        discount_cny: discounts.get(d) ?? 0,
      }
    }),
    by_exporter: byExporter.map((r) => ({
      exporter_id: (r.exporter_id as string) ?? null,
      exporter: (r.exporter as string) ?? null,
      ...row(r),
    })),
    by_region: byRegion.map((r) => ({ region: (r.region as string) ?? null, ...row(r) })),
    by_category: byCategory.map((r) => ({
      category_id: (r.category_id as string) ?? null,
      category: (r.category as string) ?? null,
      category_names: {
        "zh-CN": (r.name_zh as string) ?? null,
        en: (r.name_en as string) ?? null,
        ru: (r.name_ru as string) ?? null,
      },
      ...row(r),
    })),
  }
}

export type SalesReport = Awaited<ReturnType<typeof salesReport>>

const csvCell = (v: unknown) => {
  const s = v == null ? "" : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The report as one CSV for the ministry: a section per breakdown, each with its own header row. */
export function reportCsv(report: SalesReport, heading: Record<string, unknown>): string {
  const lines: unknown[][] = [
    ["report", "key", "value"],
    ...Object.entries(heading).map(([k, v]) => ["scope", k, v]),
    ...Object.entries(report.totals).map(([k, v]) => ["totals", k, v]),
  ]
  const section = (name: string, rows: Record<string, unknown>[]) => {
    if (!rows.length) return
    lines.push([], [name, ...Object.keys(rows[0])])
    for (const r of rows) lines.push([name, ...Object.values(r)])
  }
  section("by_day", report.by_day)
  section("by_exporter", report.by_exporter)
  section("by_region", report.by_region)
  section(
    "by_category",
    report.by_category.map(({ category_names: names, ...r }) => ({
      category_id: r.category_id,
      category: r.category,
      name_en: names.en,
      "name_zh-CN": names["zh-CN"],
      name_ru: names.ru,
      orders: r.orders,
      revenue_cny: r.revenue_cny,
      units: r.units,
    })),
  )
  return lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
