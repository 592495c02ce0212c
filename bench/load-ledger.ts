/**
 * The ledger after `npm run bench -- load`: what the load generator saw against what the shop recorded. Orders placed
 * equal carts completed (no order lost, none made twice), no stock oversold, no payment captured twice and no card
 * charged twice, every Stripe event processed exactly once. Read from the database the shop writes (Medusa's own
 * tables) and from the Stripe stand-in's record of what it was asked.
 */
import pg from "pg"
import type { StripeDouble } from "../scripts/stripe-double/server"
import type { Checkouts } from "./load-mix"

export interface StockWatch {
  variantId: string
  /** Units that could be sold when the run began (stocked − reserved), summed over the variant's locations. */
  availableAtStart: number
  reservedAtStart: number
}

async function query<T = Record<string, any>>(client: pg.Client, text: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(text, params)).rows as T[]
}

/** Per variant: stocked and reserved over its locations, and the levels where more is reserved than stocked. */
export async function stockOf(client: pg.Client, variantId: string) {
  const levels = await query<{ stocked: number; reserved: number }>(
    client,
    `select il.stocked_quantity::float as stocked, il.reserved_quantity::float as reserved
       from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
      where pvi.variant_id = $1 and il.deleted_at is null`,
    [variantId],
  )
  return {
    stocked: levels.reduce((n, l) => n + l.stocked, 0),
    reserved: levels.reduce((n, l) => n + l.reserved, 0),
    oversold_levels: levels.filter((l) => l.reserved > l.stocked).length,
  }
}

export async function checkLedger(databaseUrl: string, checkouts: Checkouts, stripe: StripeDouble, watched: StockWatch[]) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const carts = [...checkouts.started]
    const links = await query<{ cart_id: string; order_id: string }>(
      client,
      "select cart_id, order_id from order_cart where cart_id = any($1) and deleted_at is null",
      [carts],
    )
    const ordersPerCart = new Map<string, string[]>()
    for (const l of links) ordersPerCart.set(l.cart_id, [...(ordersPerCart.get(l.cart_id) ?? []), l.order_id])
    const placedIds = new Set(checkouts.placed.values())
    const orders = {
      carts_started: carts.length,
      completions_seen_by_generator: checkouts.placed.size,
      orders_in_database: links.length,
      carts_with_more_than_one_order: [...ordersPerCart.values()].filter((o) => o.length > 1).length,
      /** The generator's orders the database lacks: lost orders. */
      orders_seen_but_missing: [...placedIds].filter((id) => !links.some((l) => l.order_id === id)).length,
      /** Orders of carts whose completion the generator never saw answered (in flight during a fault; paid, so kept). */
      orders_not_seen_by_generator: links.filter((l) => !placedIds.has(l.order_id)).length,
      refused: checkouts.refused.length,
      refusals: Object.entries(
        checkouts.refused.reduce<Record<string, number>>((acc, r) => {
          const key = `${r.kind} ${r.status} ${r.message.slice(0, 80)}`
          acc[key] = (acc[key] ?? 0) + 1
          return acc
        }, {}),
      ).map(([what, count]) => ({ what, count })),
    }

    const payments = await query<{ id: string; amount: number; captures: number; captured: number }>(
      client,
      `select p.id, p.amount::float as amount, count(c.id)::int as captures, coalesce(sum(c.amount), 0)::float as captured
         from cart_payment_collection cpc
         join payment p on p.payment_collection_id = cpc.payment_collection_id and p.deleted_at is null
         left join capture c on c.payment_id = p.id and c.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null
        group by p.id, p.amount`,
      [carts],
    )
    const paymentsPerCollection = await query<{ n: number }>(
      client,
      `select count(p.id)::int as n from cart_payment_collection cpc
         join payment p on p.payment_collection_id = cpc.payment_collection_id and p.deleted_at is null
        where cpc.cart_id = any($1) and cpc.deleted_at is null group by cpc.payment_collection_id having count(p.id) > 1`,
      [carts],
    )
    // Card payments as Stripe saw them: an intent per payment session; two succeeded for one cart is a double charge.
    const sessions = await query<{ id: string; cart_id: string }>(
      client,
      `select ps.id, cpc.cart_id from payment_session ps
         join cart_payment_collection cpc on cpc.payment_collection_id = ps.payment_collection_id and cpc.deleted_at is null
        where cpc.cart_id = any($1)`,
      [carts],
    )
    const cartOfSession = new Map(sessions.map((s) => [s.id, s.cart_id]))
    const succeeded = [...stripe.intents.values()].filter((i) => i.status === "succeeded" && cartOfSession.has(i.metadata?.session_id))
    const chargesPerCart = new Map<string, number>()
    for (const i of succeeded) {
      const cart = cartOfSession.get(i.metadata.session_id)!
      chargesPerCart.set(cart, (chargesPerCart.get(cart) ?? 0) + 1)
    }
    const money = {
      payments: payments.length,
      captures: payments.reduce((n, p) => n + p.captures, 0),
      payments_captured_twice: payments.filter((p) => p.captures > 1 || p.captured > p.amount).length,
      collections_with_two_payments: paymentsPerCollection.length,
      card_charges: succeeded.length,
      carts_charged_twice: [...chargesPerCart.values()].filter((n) => n > 1).length,
      intents_received_more_than_amount: [...stripe.intents.values()].filter((i) => i.amount_received > i.amount).length,
      /** Cards charged for a cart that has no order: money taken for nothing. */
      charged_carts_without_order: [...chargesPerCart.keys()].filter((cart) => !ordersPerCart.has(cart)).length,
    }

    const stock = []
    for (const w of watched) {
      const now = await stockOf(client, w.variantId)
      const [{ sold }] = await query<{ sold: number }>(
        client,
        `select coalesce(sum(oi.quantity), 0)::float as sold from order_item oi
           join order_line_item li on li.id = oi.item_id
          where oi.order_id = any($1) and li.variant_id = $2 and oi.deleted_at is null`,
        [links.map((l) => l.order_id), w.variantId],
      )
      stock.push({
        variant_id: w.variantId,
        available_at_start: w.availableAtStart,
        sold_in_run: sold,
        reserved_in_run: now.reserved - w.reservedAtStart,
        oversold: sold > w.availableAtStart || now.oversold_levels > 0,
      })
    }

    const eventIds = stripe.events.map((e) => e.id)
    const receipts = await query<{ id: string; state: string }>(client, "select id, state from webhook_receipt where id = any($1)", [
      eventIds,
    ])
    const state = new Map(receipts.map((r) => [r.id, r.state]))
    const delivered = new Set(stripe.deliveries.filter((d) => d.status === 200).map((d) => d.event_id))
    const webhooks = {
      events: eventIds.length,
      deliveries: stripe.deliveries.length,
      failed_deliveries: stripe.deliveries.filter((d) => d.status !== 200).length,
      acknowledged_as_duplicates: stripe.deliveries.filter((d) => d.duplicate).length,
      never_accepted: eventIds.filter((id) => !delivered.has(id)).length,
      not_processed: eventIds.filter((id) => state.get(id) !== "processed").length,
    }
    return { orders, money, stock, webhooks }
  } finally {
    await client.end()
  }
}

/** Longer than a request's timeout in the load generator (10 s) plus the webhook's queue delay (5 s). */
const SETTLE_MS = 20_000

/**
 * Stripe retries a delivery that failed (the endpoint was down or answered 5xx) until it is accepted; the stand-in
 * does not by itself, so this does what Stripe would: each event without an accepted delivery is sent again, then
 * the shop is given time to process what it queued. Returns how many were sent again.
 */
export async function redeliverLikeStripe(stripe: StripeDouble, databaseUrl: string, timeoutMs = 300_000): Promise<number> {
  const accepted = () => new Set(stripe.deliveries.filter((d) => d.status === 200).map((d) => d.event_id))
  let resent = 0
  const deadline = Date.now() + timeoutMs
  // Requests still in flight when the load generator stopped go on in the shop (a card confirmed in the last second
  // sends its events after its answer): they settle before anything is counted.
  await new Promise((r) => setTimeout(r, SETTLE_MS))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    while (Date.now() < deadline) {
      const ok = accepted()
      for (const event of stripe.events.filter((e) => !ok.has(e.id))) {
        await stripe.deliver(event)
        resent++
      }
      const ids = stripe.events.map((e) => e.id)
      const [{ pending }] = await query<{ pending: number }>(
        client,
        "select ($2::int - count(*) filter (where state = 'processed'))::int as pending from webhook_receipt where id = any($1)",
        [ids, ids.length],
      )
      if (pending === 0 && accepted().size === ids.length) break
      await new Promise((r) => setTimeout(r, 5000))
    }
  } finally {
    await client.end()
  }
  return resent
}
