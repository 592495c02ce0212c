/**
 * Run inside Medusa by bench/reports.ts (`medusa exec ../bench/orders-loader.ts orders=<n>`): tops the shop up to N
 * synthetic placed orders, for the consulate's report benchmark. Placing 100,000 orders through carts and
 * completeCartWorkflow would take this machine the better part of a day, so they are written straight into Medusa's
 * own order tables, in one transaction of set-based SQL, in the shape the order module gives a placed order:
 * `order` (yuan, the China region and web channel, a guest e-mail of about 20,000 buyers, created over the last 365
 * days, 3 % canceled), one to three `order_line_item` + `order_item` rows of real published products at their CNY
 * price, `order_line_item_adjustment` rows where one of the shop's promotions was running at the order's time (30 % of
 * lines: the consulate's campaigns then have redemptions to count), one `order_shipping_method` +
 * `order_shipping`, and an `order_summary`. No payments, fulfilments, addresses or customers: the report reads
 * none of them. Ids start with `order_bench_` (and the metadata says `bench: synthetic`), so they can be found and
 * deleted. The tables are analysed afterwards, as autovacuum would.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const PREFIX = "order_bench_"
const BUYERS = 20_000
const DAYS = 365

export default async function loadOrders({ container, args }: ExecArgs) {
  const target = Number(args.find((a) => a.startsWith("orders="))?.slice("orders=".length))
  if (!Number.isInteger(target) || target < 0) throw new Error("Usage: orders-loader.ts orders=<number of synthetic orders>")
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [{ count }] = (await knex.raw(`select count(*)::int as count from "order" where id like '${PREFIX}%'`)).rows
  if (count >= target) return logger.info(`bench: ${count} synthetic orders already there`)

  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: "cny" } })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    pagination: { take: 1, skip: 0, order: { created_at: "ASC" } },
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "variants.id",
      "variants.sku",
      "variants.title",
      "variants.prices.amount",
      "variants.prices.currency_code",
    ],
    filters: { status: "published" },
  })
  const variants = (products as any[]).flatMap((p) =>
    p.variants
      .map((v: any) => ({ p, v, price: v.prices?.find((x: any) => x.currency_code === "cny")?.amount }))
      .filter((x: any) => x.price != null)
      .map(({ p, v, price }: any) => ({
        product_id: p.id,
        product_title: p.title,
        handle: p.handle,
        thumbnail: p.thumbnail,
        variant_id: v.id,
        sku: v.sku,
        variant_title: v.title,
        price,
      })),
  )
  if (!regions.length || !variants.length)
    throw new Error("The shop needs its China region and published products with yuan prices: start it once (npm start) first")

  const started = Date.now()
  await knex.transaction(async (trx) => {
    await trx.raw(
      `create temp table bench_variants (n serial, product_id text, product_title text, handle text, thumbnail text, variant_id text, sku text, variant_title text, price numeric) on commit drop`,
    )
    await trx("bench_variants").insert(variants)
    await trx.raw(`create temp table bench_promotions on commit drop as
      select p.id, p.code, c.starts_at, c.ends_at from promotion p left join promotion_campaign c on c.id = p.campaign_id
      where p.deleted_at is null and p.status = 'active'`)
    const params = {
      from: count + 1,
      to: target,
      buyers: BUYERS,
      days: DAYS,
      region: regions[0].id,
      channel: channels[0]?.id ?? null,
      variants: variants.length,
    }
    await trx.raw(
      `create temp table bench_orders on commit drop as
       select g, :prefix || lpad(g::text, 7, '0') as id,
              now() - random() * make_interval(days => :days) as created_at,
              'buyer-' || (1 + floor(random() * :buyers))::int || '@orders.bench.invalid' as email,
              1 + floor(random() * 3)::int as lines, random() < 0.03 as canceled
       from generate_series(cast(:from as int), cast(:to as int)) g`,
      { ...params, prefix: PREFIX },
    )
    await trx.raw(
      `insert into "order" (id, region_id, version, sales_channel_id, status, is_draft_order, email, currency_code, no_notification, metadata, created_at, updated_at, canceled_at, locale)
       select id, :region, 1, :channel, case when canceled then 'canceled' else 'completed' end::order_status_enum, false, email, 'cny', true,
              '{"bench": "synthetic"}'::jsonb, created_at, created_at, case when canceled then created_at + interval '1 hour' end, 'zh-CN'
       from bench_orders`,
      params,
    )
    // One row per line: its product drawn at random, and in 30 % of lines one of the promotions running at the time.
    await trx.raw(
      `create temp table bench_lines on commit drop as
       select o.id as order_id, o.created_at, 'ordli_bench_' || lpad(o.g::text, 7, '0') || '_' || s.k as id, v.*, s.quantity, promo.id as promotion_id, promo.code
       from bench_orders o
       cross join lateral (
         select k, 1 + floor(random() * :variants)::int as vn, (1 + floor(random() * random() * 4))::int as quantity, random() < 0.3 as promoted
         from generate_series(1, o.lines) k
       ) s
       join bench_variants v on v.n = s.vn
       left join lateral (
         select bp.id, bp.code from bench_promotions bp
         where s.promoted and (bp.starts_at is null or bp.starts_at <= o.created_at) and (bp.ends_at is null or bp.ends_at > o.created_at)
         order by random() limit 1
       ) promo on true`,
      params,
    )
    await trx.raw(
      `insert into order_line_item (id, title, thumbnail, variant_id, product_id, product_title, product_handle, variant_sku, variant_title,
                                    requires_shipping, is_discountable, is_tax_inclusive, unit_price, raw_unit_price, created_at, updated_at)
       select id, variant_title, thumbnail, variant_id, product_id, product_title, handle, sku, variant_title, true, true, false,
              price, jsonb_build_object('value', price::text, 'precision', 20), created_at, created_at
       from bench_lines`,
    )
    await trx.raw(
      `insert into order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity, return_requested_quantity,
                               return_received_quantity, return_dismissed_quantity, written_off_quantity, unit_price, raw_unit_price, created_at, updated_at)
       select 'orditem_bench_' || substr(id, 13), order_id, 1, id, quantity, jsonb_build_object('value', quantity::text, 'precision', 20), 0, 0, 0, 0, 0, 0,
              price, jsonb_build_object('value', price::text, 'precision', 20), created_at, created_at
       from bench_lines`,
    )
    // What a 10 % to 15 % promotion takes off the line, in fen.
    await trx.raw(
      `insert into order_line_item_adjustment (id, description, promotion_id, code, amount, raw_amount, provider_id, item_id, created_at, updated_at)
       select 'ordliadj_bench_' || substr(id, 13), code, promotion_id, code, a.amount, jsonb_build_object('value', a.amount::text, 'precision', 20), null, id, created_at, created_at
       from bench_lines cross join lateral (select round(cast(price * quantity * (0.10 + random() * 0.05) as numeric), 2) as amount) a
       where promotion_id is not null`,
    )
    await trx.raw(
      `insert into order_shipping_method (id, name, amount, raw_amount, is_tax_inclusive, created_at, updated_at)
       select 'ordsm_bench_' || lpad(g::text, 7, '0'), 'Cross-border direct mail', 12, '{"value": "12", "precision": 20}'::jsonb, false, created_at, created_at
       from bench_orders`,
    )
    await trx.raw(
      `insert into order_shipping (id, order_id, version, shipping_method_id, created_at, updated_at)
       select 'ordspmv_bench_' || lpad(g::text, 7, '0'), id, 1, 'ordsm_bench_' || lpad(g::text, 7, '0'), created_at, created_at from bench_orders`,
    )
    await trx.raw(
      `insert into order_summary (id, order_id, version, totals, created_at, updated_at)
       select 'ordsum_bench_' || lpad(o.g::text, 7, '0'), o.id, 1,
              jsonb_build_object('original_order_total', t.total, 'current_order_total', t.total, 'accounting_total', t.total, 'paid_total', t.total,
                                 'refunded_total', 0, 'credit_line_total', 0, 'transaction_total', t.total, 'pending_difference', 0),
              o.created_at, o.created_at
       from bench_orders o
       join (
         select l.order_id, 12 + sum(l.price * l.quantity) - coalesce(sum(a.amount), 0) as total
         from bench_lines l left join order_line_item_adjustment a on a.item_id = l.id group by l.order_id
       ) t on t.order_id = o.id`,
    )
  })
  for (const table of [
    "order",
    "order_item",
    "order_line_item",
    "order_line_item_adjustment",
    "order_shipping",
    "order_shipping_method",
    "order_summary",
  ]) {
    await knex.raw(`analyze "${table}"`)
  }
  logger.info(`bench: ${target - count} synthetic orders in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
