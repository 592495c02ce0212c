/**
 * The traffic of `npm run bench -- load`: a shop's day in proportions of buyers' actions — browsing and search 85 %
 * (the shop's pages through its balancer 60 %, the store API's listings and search 25 %), cart changes 10 %,
 * checkouts 5 % — each class one autocannon instance at a fixed rate, so the mix holds whatever a request costs.
 * A checkout is a buyer's whole path through the Store API as one autocannon sequence per connection: a cart with a
 * mainland address, a line, shipping, the customs declaration (parcels from Tashkent), a payment session and
 * completion. Half pay by card at the Stripe stand-in (confirmed with the session, as Stripe's server-side
 * confirmation does), half at the Guangzhou centre (Medusa's system provider), buying a product whose stock is
 * scarce on purpose, so that it sells out during the run and overselling would show.
 */
import { randomUUID } from "node:crypto"
import autocannon from "autocannon"
import { CHINA_ADDRESS } from "../backend/test/shop"
import { percentile } from "./lib"

export type Kind = "card" | "centre"

/** What the traffic needs to know of the shop, read once before it starts (load.ts). */
export interface Catalog {
  publishableKey: string
  regionId: string
  /** Storefront paths, repeated by weight. */
  pages: string[]
  /** Store API requests for browsing: listings by category and search. */
  api: { method: "GET" | "POST"; path: string; body?: string }[]
  /** Variants with stock that cart changes add. */
  cartVariants: string[]
  checkout: Record<Kind, { variantId: string; optionId: string }>
  newIdNumber: () => string
}

const CLASSES = ["pages", "api", "cart", "checkout"] as const
export type TrafficClass = (typeof CLASSES)[number]

type Context = Record<string, any>
type Req = Record<string, any>
const parse = (body: string): any => {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]

/** What the load generator saw, for the ledger: every cart it started to buy, and what completing each answered. */
export interface Checkouts {
  started: Set<string>
  placed: Map<string, string>
  /** Completions refused with a 4xx or a cart error (sold out, …): status and message. */
  refused: { cart: string; kind: Kind; status: number; message: string }[]
  /** Completions sent whose answer never came (a fault in flight): the buyer presses again after the run. */
  unanswered: Set<string>
  kinds: Map<string, Kind>
  completeMs: number[]
  flowMs: number[]
}

/** Counts per second since the start, per class: what succeeded, what failed (5xx, socket errors, timeouts), what was refused (4xx). */
export class Recorder {
  readonly started = Date.now()
  readonly latencies: Record<TrafficClass, number[]> = { pages: [], api: [], cart: [], checkout: [] }
  readonly statuses: Record<TrafficClass, Record<string, number>> = { pages: {}, api: {}, cart: {}, checkout: {} }
  /** [second] → failed requests in it, all classes. */
  readonly failedPerSecond: number[] = []
  readonly okPerSecond: number[] = []

  private second() {
    return Math.floor((Date.now() - this.started) / 1000)
  }

  response(cls: TrafficClass, status: number, ms: number) {
    this.latencies[cls].push(ms)
    this.statuses[cls][status] = (this.statuses[cls][status] ?? 0) + 1
    const bucket = status >= 500 ? this.failedPerSecond : this.okPerSecond
    bucket[this.second()] = (bucket[this.second()] ?? 0) + 1
  }

  error(cls: TrafficClass, code: string) {
    this.statuses[cls][code] = (this.statuses[cls][code] ?? 0) + 1
    this.failedPerSecond[this.second()] = (this.failedPerSecond[this.second()] ?? 0) + 1
  }

  /** Failed requests between two moments (ms since the epoch), and when the last of them was. */
  failuresBetween(from: number, to: number): { failed: number; last_failure_after_s: number | null } {
    let failed = 0
    let last: number | null = null
    const first = Math.floor((from - this.started) / 1000)
    const end = Math.floor((to - this.started) / 1000)
    for (let s = first; s <= end; s++) {
      if (this.failedPerSecond[s]) {
        failed += this.failedPerSecond[s]
        last = s
      }
    }
    return { failed, last_failure_after_s: last === null ? null : Math.max(0, last + 1 - (from - this.started) / 1000) }
  }

  summary(durationS: number) {
    const out: Record<string, unknown> = {}
    for (const cls of CLASSES) {
      const sorted = [...this.latencies[cls]].sort((a, b) => a - b)
      const statuses = this.statuses[cls]
      const count = (test: (key: string) => boolean) =>
        Object.entries(statuses)
          .filter(([k]) => test(k))
          .reduce((n, [, v]) => n + v, 0)
      out[cls] = {
        requests: sorted.length,
        requests_per_s: Math.round((sorted.length / durationS) * 10) / 10,
        p50_ms: percentile(sorted, 50),
        p95_ms: percentile(sorted, 95),
        p99_ms: percentile(sorted, 99),
        failed: count((k) => !/^\d+$/.test(k) || Number(k) >= 500),
        refused_4xx: count((k) => /^4\d\d$/.test(k)),
        by_status: statuses,
      }
    }
    return out
  }
}

/**
 * The Store API's requests of a class, each built with headers of its own: autocannon writes a body's Content-Length
 * into the headers object it is given, so a shared one would announce the last POST's body on a GET or a bodiless
 * POST that follows, and the server would wait for a body that never comes.
 */
function storeRequests(catalog: Catalog, requests: Req[]): Partial<autocannon.Options> {
  const headers = () => ({ "content-type": "application/json", "x-publishable-api-key": catalog.publishableKey })
  return {
    requests: requests.map((request) => ({
      ...request,
      setupRequest: (req: Req, ctx: Context) => {
        const built = request.setupRequest(req, ctx)
        return built && { ...built, headers: headers() }
      },
    })) as any,
  }
}

/** Browsing the shop's pages: a random page per request. */
function pagesTraffic(catalog: Catalog): Partial<autocannon.Options> {
  return { requests: [{ method: "GET", setupRequest: (req: Req) => ({ ...req, path: pick(catalog.pages) }) }] as any }
}

/** Browsing through the Store API: listings by category and searches, as the shop's client-side parts call them. */
function apiTraffic(catalog: Catalog): Partial<autocannon.Options> {
  return storeRequests(catalog, [{ setupRequest: (req: Req) => ({ ...req, ...pick(catalog.api) }) }])
}

/** Cart changes: a cart, a line added, its quantity changed, the line removed; every request is one change. */
function cartTraffic(catalog: Catalog): Partial<autocannon.Options> {
  const stillThere = (ctx: Context) => Boolean(ctx.cart && ctx.line)
  return storeRequests(catalog, [
    {
      method: "POST",
      path: "/store/carts",
      setupRequest: (req: Req) => ({ ...req, body: JSON.stringify({ region_id: catalog.regionId }) }),
      onResponse: (status: number, body: string, ctx: Context) => (ctx.cart = status === 200 ? parse(body)?.cart?.id : undefined),
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) =>
        ctx.cart && {
          ...req,
          path: `/store/carts/${ctx.cart}/line-items`,
          body: JSON.stringify({ variant_id: pick(catalog.cartVariants), quantity: 1 }),
        },
      onResponse: (status: number, body: string, ctx: Context) =>
        (ctx.line = status === 200 ? parse(body)?.cart?.items?.[0]?.id : undefined),
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) =>
        stillThere(ctx) && { ...req, path: `/store/carts/${ctx.cart}/line-items/${ctx.line}`, body: JSON.stringify({ quantity: 2 }) },
    },
    {
      method: "DELETE",
      setupRequest: (req: Req, ctx: Context) =>
        stillThere(ctx) && { ...req, path: `/store/carts/${ctx.cart}/line-items/${ctx.line}`, body: undefined },
    },
  ])
}

/** Requests in one checkout: what the rate of checkouts is multiplied by to give autocannon's request rate. */
export const CHECKOUT_STEPS = 7

function checkoutTraffic(catalog: Catalog, checkouts: Checkouts): Partial<autocannon.Options> {
  // A step is sent only when the step before it answered 200: autocannon moves a connection on to the next request
  // when an answer is lost (a timeout, a connection the balancer closed), and that request must not go out with
  // what an earlier step left in the context.
  const ready = (ctx: Context, n: number) => Boolean(ctx.cart && ctx.answered === n - 1)
  const answered = (n: number) => (status: number, _body: string, ctx: Context) => (ctx.answered = status === 200 ? n : -1)
  return storeRequests(catalog, [
    {
      method: "POST",
      path: "/store/carts",
      setupRequest: (req: Req, ctx: Context) => {
        Object.assign(ctx, { cart: undefined, collection: undefined, answered: -1 })
        ctx.kind = Math.random() < 0.5 ? "card" : "centre"
        ctx.began = performance.now()
        const email = `load-${randomUUID().slice(0, 8)}@bozor.test`
        return {
          ...req,
          body: JSON.stringify({ region_id: catalog.regionId, email, shipping_address: CHINA_ADDRESS, billing_address: CHINA_ADDRESS }),
        }
      },
      onResponse: (status: number, body: string, ctx: Context) => {
        ctx.cart = status === 200 ? parse(body)?.cart?.id : undefined
        ctx.answered = ctx.cart ? 0 : -1
        if (ctx.cart) {
          checkouts.started.add(ctx.cart)
          checkouts.kinds.set(ctx.cart, ctx.kind)
        }
      },
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) =>
        ready(ctx, 1) && {
          ...req,
          path: `/store/carts/${ctx.cart}/line-items`,
          body: JSON.stringify({ variant_id: catalog.checkout[ctx.kind as Kind].variantId, quantity: 1 }),
        },
      onResponse: answered(1),
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) =>
        ready(ctx, 2) && {
          ...req,
          path: `/store/carts/${ctx.cart}/shipping-methods`,
          body: JSON.stringify({ option_id: catalog.checkout[ctx.kind as Kind].optionId }),
        },
      onResponse: answered(2),
    },
    {
      // A parcel from Tashkent needs the customs declaration; cleared stock from the centre does not, and its buyer
      // looks at the cart once more instead.
      setupRequest: (req: Req, ctx: Context) =>
        ready(ctx, 3) &&
        (ctx.kind === "card"
          ? {
              ...req,
              method: "POST",
              path: `/store/carts/${ctx.cart}/customs`,
              body: JSON.stringify({ identity: { real_name: "测试买家", id_number: catalog.newIdNumber() }, payer_is_buyer: true }),
            }
          : { ...req, method: "GET", path: `/store/carts/${ctx.cart}`, body: undefined }),
      onResponse: answered(3),
    },
    {
      method: "POST",
      path: "/store/payment-collections",
      setupRequest: (req: Req, ctx: Context) => ready(ctx, 4) && { ...req, body: JSON.stringify({ cart_id: ctx.cart }) },
      onResponse: (status: number, body: string, ctx: Context) => {
        ctx.collection = status === 200 ? parse(body)?.payment_collection?.id : undefined
        ctx.answered = ctx.collection ? 4 : -1
      },
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) =>
        ready(ctx, 5) && {
          ...req,
          path: `/store/payment-collections/${ctx.collection}/payment-sessions`,
          body: JSON.stringify(
            ctx.kind === "card"
              ? { provider_id: "pp_stripe_stripe", data: { payment_method: "pm_card_visa", confirm: true } }
              : { provider_id: "pp_system_default" },
          ),
        },
      onResponse: answered(5),
    },
    {
      method: "POST",
      setupRequest: (req: Req, ctx: Context) => {
        if (!ready(ctx, 6)) return undefined
        checkouts.unanswered.add(ctx.cart)
        ctx.completing = performance.now()
        return { ...req, path: `/store/carts/${ctx.cart}/complete`, body: undefined }
      },
      onResponse: (status: number, body: string, ctx: Context) => {
        checkouts.unanswered.delete(ctx.cart)
        const now = performance.now()
        checkouts.completeMs.push(now - ctx.completing)
        const answer = parse(body)
        if (status === 200 && answer?.type === "order") {
          checkouts.placed.set(ctx.cart, answer.order.id)
          checkouts.flowMs.push(now - ctx.began)
        } else if (status < 500) {
          checkouts.refused.push({
            cart: ctx.cart,
            kind: ctx.kind,
            status,
            message: String(answer?.error?.message ?? answer?.message ?? ""),
          })
        }
      },
    },
  ])
}

export interface MixOptions {
  shop: string
  api: string
  /** Buyers' actions per second: 85 % browsing, 10 % cart changes, 5 % checkouts (each of CHECKOUT_STEPS requests). */
  rate: number
  durationS: number
}

/**
 * autocannon 9 reconnects when the server closes a connection (the balancer after a 502, a killed instance) but keeps
 * the requests that were in flight on it waiting for answers that will never come: every later answer on the new
 * connection is then paired with the request before it, so latencies are measured from the wrong start and a
 * checkout's steps read each other's answers. Those requests failed for the buyer: they are counted as failed here
 * and dropped before the connection is made again.
 */
function dropLostRequests(cls: TrafficClass, recorder: Recorder) {
  return (client: any) => {
    const connect = client._connect.bind(client)
    client._connect = () => {
      for (let lost = client.pipelinedRequests.size(); lost > 0; lost--) recorder.error(cls, "connection closed")
      client.pipelinedRequests.clear()
      connect()
    }
  }
}

/** Runs the four classes at once for the duration; resolves when all have stopped. */
export function runMix(catalog: Catalog, options: MixOptions, recorder: Recorder, checkouts: Checkouts) {
  const { rate } = options
  const classes: { cls: TrafficClass; url: string; perSecond: number; connections: number; traffic: Partial<autocannon.Options> }[] = [
    { cls: "pages", url: options.shop, perSecond: 0.6 * rate, connections: 8, traffic: pagesTraffic(catalog) },
    { cls: "api", url: options.api, perSecond: 0.25 * rate, connections: 5, traffic: apiTraffic(catalog) },
    { cls: "cart", url: options.api, perSecond: 0.1 * rate, connections: 2, traffic: cartTraffic(catalog) },
    {
      cls: "checkout",
      url: options.api,
      perSecond: 0.05 * rate * CHECKOUT_STEPS,
      connections: CHECKOUT_STEPS,
      traffic: checkoutTraffic(catalog, checkouts),
    },
  ]
  const runs = classes.map(({ cls, url, perSecond, connections, traffic }) => {
    let finished!: (result: autocannon.Result) => void
    let failed!: (error: Error) => void
    const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)))
    const instance = autocannon(
      {
        url,
        connections,
        overallRate: Math.max(1, Math.round(perSecond)),
        duration: options.durationS,
        timeout: 10,
        setupClient: dropLostRequests(cls, recorder),
        ...traffic,
      },
      (error, result) => (error ? failed(error) : finished(result)),
    )
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => recorder.response(cls, status, ms))
    instance.on("reqError", (error: NodeJS.ErrnoException) => recorder.error(cls, error.code ?? error.message ?? "error"))
    return { done }
  })
  return {
    /** The classes' nominal request rates, as autocannon was told. */
    rates: Object.fromEntries(classes.map((c) => [c.cls, Math.max(1, Math.round(c.perSecond))])),
    done: Promise.all(runs.map((r) => r.done)),
  }
}
