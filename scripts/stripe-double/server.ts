/**
 * A stand-in for the part of Stripe's HTTP API that Bozor's payment providers
 * use, for tests on a machine that cannot reach api.stripe.com: payment intents
 * (create, retrieve, update, confirm, capture, cancel), refunds, payment
 * methods; the pages a buyer sees (Alipay's authorisation page, the WeChat Pay
 * QR page); and webhook events signed the way Stripe signs them
 * (`Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "t.payload")`).
 *
 * It speaks Stripe's wire format (form-encoded requests, JSON objects and
 * error envelopes, Idempotency-Key replay) so the real provider code and the
 * real Stripe SDK run against it unchanged.
 */
import { createHmac, randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import qs from "qs"
import QRCode from "qrcode"
import { alipayPage, wechatPage } from "./pages"

export interface StripeDoubleOptions {
  apiKey: string
  webhookSecret: string
  /** Medusa's webhook base, e.g. http://localhost:9001/hooks/payment/ — the provider id is appended. */
  webhookBase: string
  /** The key a buyer's browser (Stripe.js) uses: it may only retrieve and confirm an intent whose client secret it holds. */
  publishableKey?: string
  port?: number
}

type Intent = Record<string, any> & { id: string; status: string; amount: number; currency: string }
type StripeEvent = { id: string; type: string; created: number; data: { object: Intent }; provider: string }

/** Medusa's provider ids by payment method type (backend/src/modules/stripe-cn). */
const PROVIDER_OF: Record<string, string> = {
  card: "stripe_stripe",
  alipay: "stripe-alipay_stripe",
  wechat_pay: "stripe-wechat-pay_stripe",
}

/** Test payment methods as Stripe names them. */
const CARDS: Record<string, { brand: string; last4: string; decline?: string }> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", decline: "card_declined" },
  pm_card_visa_chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995", decline: "insufficient_funds" },
}

/** Stripe's test card numbers, as Elements sends them in `payment_method_data[card]`, by the test method they behave as. */
const CARD_NUMBERS: Record<string, keyof typeof CARDS> = {
  "4242424242424242": "pm_card_visa",
  "5555555555554444": "pm_card_mastercard",
  "4000000000000002": "pm_card_chargeDeclined",
  "4000000000009995": "pm_card_visa_chargeDeclinedInsufficientFunds",
}

/**
 * The API version this stand-in models: the one the stripe SDK that Medusa's Stripe provider is written for pins
 * (stripe 15.x, see backend/package.json). A request for another version is refused as Stripe refuses an unknown
 * one, so an SDK upgrade cannot pass the tests against a wire format nobody checked.
 */
export const STRIPE_API_VERSION = "2024-04-10"

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`
const now = () => Math.floor(Date.now() / 1000)

class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message))
  }
}

const invalid = (message: string, param?: string) =>
  new StripeHttpError(400, { type: "invalid_request_error", message, ...(param ? { param } : {}) })

export function signStripePayload(payload: string, secret: string, timestamp = now()): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")
  return `t=${timestamp},v1=${signature}`
}

/** An event as Stripe posts it to a webhook endpoint: the body that is signed and sent. */
export function stripeEventPayload(event: Pick<StripeEvent, "id" | "type" | "created" | "data">): string {
  return JSON.stringify({
    id: event.id,
    object: "event",
    type: event.type,
    created: event.created,
    livemode: false,
    api_version: "2025-01-27",
    data: event.data,
  })
}

export class StripeDouble {
  readonly intents = new Map<string, Intent>()
  readonly refunds: Record<string, any>[] = []
  readonly customers = new Map<string, Record<string, unknown>>()
  readonly events: StripeEvent[] = []
  /** Every delivery with the webhook route's answer; `duplicate` when it acknowledged an event it had processed already. */
  readonly deliveries: { event_id: string; status: number; duplicate: boolean }[] = []
  private readonly idempotent = new Map<string, { status: number; body: unknown }>()
  private server?: Server
  url = ""

  constructor(private readonly options: StripeDoubleOptions) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        res.writeHead(500, { "content-type": "application/json" })
        res.end(JSON.stringify({ error: { type: "api_error", message: String(e?.message ?? e) } }))
      })
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject)
      this.server!.listen(this.options.port ?? 0, "127.0.0.1", () => resolve())
    })
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.url)
    const raw = await new Promise<string>((resolve) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => resolve(body))
    })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const isHtml = typeof body === "string"
      if (Buffer.isBuffer(body)) {
        res.writeHead(status, headers)
        return void res.end(body)
      }
      res.writeHead(status, { "content-type": isHtml ? "text/html; charset=utf-8" : "application/json", ...headers })
      res.end(isHtml ? body : JSON.stringify(body))
    }

    if (url.pathname.startsWith("/pay/") || url.pathname.startsWith("/__control/")) {
      return this.handleBuyerOrControl(req.method ?? "GET", url, qs.parse(raw), send)
    }

    // Stripe's API answers browsers from any origin (Stripe.js calls it from the shop's pages).
    res.setHeader("access-control-allow-origin", "*")
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-headers": "authorization, content-type, idempotency-key, stripe-version",
        "access-control-allow-methods": "GET, POST",
      })
      return void res.end()
    }
    const params = { ...qs.parse(url.search.slice(1)), ...qs.parse(raw) } as Record<string, any>
    const bearer = req.headers.authorization?.replace(/^Bearer /, "") ?? params.key
    if (bearer !== this.options.apiKey) {
      const refusal =
        bearer && bearer === this.options.publishableKey
          ? this.publishableRefusal(req.method ?? "GET", url.pathname, params)
          : "Invalid API Key provided."
      if (refusal) return send(401, { error: { type: "invalid_request_error", message: refusal } })
    }
    const version = req.headers["stripe-version"]
    if (bearer === this.options.apiKey && version !== STRIPE_API_VERSION) {
      const message = `This stand-in speaks Stripe API version ${STRIPE_API_VERSION}; the request asked for ${version ?? "no version"}.`
      return send(400, { error: { type: "invalid_request_error", message, param: "Stripe-Version" } })
    }
    const key = req.headers["idempotency-key"]
    const replayKey = typeof key === "string" ? `${req.method} ${url.pathname} ${key}` : undefined
    if (replayKey && this.idempotent.has(replayKey)) {
      const prior = this.idempotent.get(replayKey)!
      return send(prior.status, prior.body, { "idempotent-replayed": "true" })
    }
    let status = 200
    let body: unknown
    try {
      body = this.api(req.method ?? "GET", url.pathname, params)
      const stored = (body as Intent | undefined)?.object === "payment_intent" ? this.intents.get((body as Intent).id) : undefined
      if (stored?.next_action?.wechat_pay_display_qr_code) {
        await this.withQr(stored)
        body = this.expand(stored, params)
      }
    } catch (e) {
      if (!(e instanceof StripeHttpError)) throw e
      status = e.status
      body = { error: e.body }
    }
    if (replayKey) this.idempotent.set(replayKey, { status, body })
    send(status, body)
    // Stripe sends the events of an API call after answering it.
    setImmediate(() => void this.flush())
  }

  /** Why a publishable key may not make this call, or nothing when it may: reading or confirming an intent with its client secret. */
  private publishableRefusal(method: string, path: string, params: Record<string, any>): string | undefined {
    const [, resource, rid, action] = path.split("/").filter(Boolean)
    const intent = resource === "payment_intents" && rid ? this.intents.get(rid) : undefined
    const allowed = intent && ((method === "GET" && !action) || (method === "POST" && action === "confirm"))
    if (!allowed) return "This API call cannot be made with a publishable API key. Please use a secret API key."
    if (params.client_secret !== intent.client_secret)
      return "The client_secret provided does not match the client_secret associated with the PaymentIntent."
    return undefined
  }

  private api(method: string, path: string, params: Record<string, any>): unknown {
    const parts = path.split("/").filter(Boolean) // v1, resource, id, action
    if (parts[0] !== "v1")
      throw new StripeHttpError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` })
    const [, resource, rid, action] = parts
    if (resource === "payment_intents") {
      if (method === "POST" && !rid) return this.createIntent(params)
      const intent = this.intents.get(rid)
      if (!intent)
        throw new StripeHttpError(404, {
          type: "invalid_request_error",
          code: "resource_missing",
          message: `No such payment_intent: '${rid}'`,
          param: "intent",
        })
      if (method === "GET" && !action) return this.expand(intent, params)
      if (method === "POST" && !action) return this.updateIntent(intent, params)
      if (method === "POST" && action === "confirm") return this.confirmIntent(intent, params)
      if (method === "POST" && action === "capture") return this.captureIntent(intent, params)
      if (method === "POST" && action === "cancel") return this.cancelIntent(intent, params)
    }
    if (resource === "customers") return this.customer(method, rid, params)
    if (resource === "refunds" && method === "POST") return this.createRefund(params)
    if (resource === "payment_methods" && method === "GET" && rid) return this.paymentMethod(rid)
    throw new StripeHttpError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` })
  }

  /** Customers: Medusa's provider makes one for a signed-in buyer (its account holder) before the first intent. */
  private customer(method: string, rid: string | undefined, p: Record<string, any>): Record<string, unknown> {
    if (method === "POST" && !rid) {
      const customer = {
        id: id("cus"),
        object: "customer",
        created: now(),
        email: p.email ?? null,
        name: p.name ?? null,
        phone: p.phone ?? null,
        metadata: p.metadata ?? {},
      }
      this.customers.set(customer.id, customer)
      return customer
    }
    const found = rid ? this.customers.get(rid) : undefined
    if (!found)
      throw new StripeHttpError(404, {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such customer: '${rid}'`,
        param: "id",
      })
    if (method === "GET") return found
    if (method === "POST") return Object.assign(found, p)
    if (method === "DELETE") {
      this.customers.delete(found.id as string)
      return { id: found.id, object: "customer", deleted: true }
    }
    throw new StripeHttpError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: /v1/customers/${rid}).`,
    })
  }

  private createIntent(p: Record<string, any>): Intent {
    const amount = Number(p.amount)
    if (!Number.isInteger(amount) || amount < 1) throw invalid("Invalid integer: amount", "amount")
    if (!p.currency) throw invalid("Missing required param: currency.", "currency")
    const types: string[] = p.payment_method_types ? Object.values(p.payment_method_types) : ["card"]
    const intentId = id("pi")
    const intent: Intent = {
      id: intentId,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: String(p.currency).toLowerCase(),
      capture_method: p.capture_method ?? "automatic",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      created: now(),
      customer: p.customer ?? null,
      description: p.description ?? null,
      last_payment_error: null,
      livemode: false,
      metadata: p.metadata ?? {},
      next_action: null,
      payment_method: null,
      payment_method_options: p.payment_method_options ?? {},
      payment_method_types: types,
      status: "requires_payment_method",
    }
    this.intents.set(intent.id, intent)
    this.emit("payment_intent.created", intent)
    if (p.confirm === "true") return this.confirmIntent(intent, p)
    return this.expand(intent, p)
  }

  private updateIntent(intent: Intent, p: Record<string, any>) {
    if (["succeeded", "canceled"].includes(intent.status)) {
      throw invalid(`This PaymentIntent's amount could not be updated because it has a status of ${intent.status}.`)
    }
    if (p.amount !== undefined) intent.amount = Number(p.amount)
    if (p.metadata) intent.metadata = { ...intent.metadata, ...p.metadata }
    return this.expand(intent, p)
  }

  private confirmIntent(intent: Intent, p: Record<string, any>): Intent {
    if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent's status is ${intent.status}; it cannot be confirmed.`,
        payment_intent: intent,
      })
    }
    const type: string = p.payment_method_data?.type ?? (p.payment_method ? "card" : intent.payment_method_types[0])
    if (!intent.payment_method_types.includes(type)) {
      throw invalid(`The payment method type "${type}" is invalid for this PaymentIntent.`, "payment_method_data[type]")
    }
    if (type === "alipay") {
      const pm = this.newMethod("alipay")
      intent.payment_method = pm.id
      intent.status = "requires_action"
      intent.next_action = {
        type: "redirect_to_url",
        redirect_to_url: { url: `${this.url}/pay/alipay/${intent.id}`, return_url: p.return_url ?? null },
      }
      this.emit("payment_intent.requires_action", intent)
      return this.expand(intent, p)
    }
    if (type === "wechat_pay") {
      const pm = this.newMethod("wechat_pay")
      intent.payment_method = pm.id
      intent.status = "requires_action"
      const pageUrl = `${this.url}/pay/wechat/${intent.id}`
      intent.next_action = {
        type: "wechat_pay_display_qr_code",
        wechat_pay_display_qr_code: {
          data: `weixin://wxpay/bizpayurl?pr=${intent.id}`,
          hosted_instructions_url: pageUrl,
          image_data_url: "", // filled below, the QR code of `data`
          image_url_png: `${pageUrl}/qr.png`,
          image_url_svg: `${pageUrl}/qr.svg`,
        },
      }
      this.emit("payment_intent.requires_action", intent)
      return this.expand(intent, p)
    }
    const number = String(p.payment_method_data?.card?.number ?? "").replace(/\s/g, "")
    if (number && !CARD_NUMBERS[number]) {
      throw new StripeHttpError(402, {
        type: "card_error",
        code: "incorrect_number",
        message: "Your card number is incorrect.",
        param: "number",
      })
    }
    const methodId: string | undefined = number ? CARD_NUMBERS[number] : p.payment_method
    const card = methodId ? CARDS[methodId] : undefined
    if (!methodId || !card) throw invalid(`No such PaymentMethod: '${methodId ?? ""}'`, "payment_method")
    intent.payment_method = methodId
    if (card.decline) {
      intent.status = "requires_payment_method"
      intent.last_payment_error = {
        type: "card_error",
        code: "card_declined",
        decline_code: card.decline,
        message: "Your card was declined.",
      }
      this.emit("payment_intent.payment_failed", intent)
      throw new StripeHttpError(402, { ...intent.last_payment_error, payment_intent: intent })
    }
    this.succeedOrHold(intent)
    return this.expand(intent, p)
  }

  private succeedOrHold(intent: Intent) {
    intent.next_action = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      this.emit("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      this.emit("payment_intent.succeeded", intent)
    }
  }

  private captureIntent(intent: Intent, p: Record<string, any>) {
    if (intent.status !== "requires_capture") {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
        payment_intent: intent,
      })
    }
    intent.amount_received = p.amount_to_capture ? Number(p.amount_to_capture) : intent.amount_capturable
    intent.amount_capturable = 0
    intent.status = "succeeded"
    this.emit("payment_intent.succeeded", intent)
    return this.expand(intent, p)
  }

  private cancelIntent(intent: Intent, p: Record<string, any>) {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
        payment_intent: intent,
      })
    }
    intent.status = "canceled"
    intent.next_action = null
    this.emit("payment_intent.canceled", intent)
    return this.expand(intent, p)
  }

  private createRefund(p: Record<string, any>) {
    const intent = this.intents.get(p.payment_intent)
    if (!intent) throw invalid(`No such payment_intent: '${p.payment_intent}'`, "payment_intent")
    const refunded = this.refunds.filter((r) => r.payment_intent === intent.id).reduce((s, r) => s + r.amount, 0)
    const amount = p.amount ? Number(p.amount) : intent.amount_received - refunded
    if (intent.status !== "succeeded") throw invalid("This PaymentIntent has not been paid; it cannot be refunded.", "payment_intent")
    if (refunded >= intent.amount_received) {
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "charge_already_refunded",
        message: "Charge has already been refunded.",
      })
    }
    if (amount > intent.amount_received - refunded) {
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${intent.amount_received - refunded})`,
        "amount",
      )
    }
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      payment_intent: intent.id,
      status: "succeeded",
      created: now(),
    }
    this.refunds.push(refund)
    return refund
  }

  private readonly methods = new Map<string, Record<string, unknown>>()
  private newMethod(type: string) {
    const pm = { id: id("pm"), object: "payment_method", type, created: now(), livemode: false }
    this.methods.set(pm.id, pm)
    return pm
  }

  private paymentMethod(methodId: string) {
    const card = CARDS[methodId]
    if (card) return { id: methodId, object: "payment_method", type: "card", card: { brand: card.brand, last4: card.last4 } }
    const pm = this.methods.get(methodId)
    if (!pm)
      throw new StripeHttpError(404, {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such PaymentMethod: '${methodId}'`,
      })
    return pm
  }

  private expand(intent: Intent, p: Record<string, any>): Intent {
    const copy: Intent = JSON.parse(JSON.stringify(intent))
    const expand: string[] = p.expand ? Object.values(p.expand) : []
    if (expand.includes("payment_method") && typeof copy.payment_method === "string") {
      copy.payment_method = this.paymentMethod(copy.payment_method)
    }
    return copy
  }

  /** A QR image for WeChat's next action, generated when the intent is first shown. */
  private async withQr(intent: Intent) {
    const qr = intent.next_action?.wechat_pay_display_qr_code
    if (qr && !qr.image_data_url) qr.image_data_url = await QRCode.toDataURL(qr.data, { margin: 1, width: 240 })
  }

  // ---- events and webhooks -------------------------------------------------

  private pending: StripeEvent[] = []

  private emit(type: string, intent: Intent) {
    const event: StripeEvent = {
      id: id("evt"),
      type,
      created: now(),
      data: { object: JSON.parse(JSON.stringify(intent)) },
      provider: PROVIDER_OF[intent.payment_method_types[0]] ?? PROVIDER_OF.card,
    }
    this.events.push(event)
    this.pending.push(event)
  }

  private async flush() {
    const batch = this.pending.splice(0)
    for (const event of batch) await this.deliver(event)
  }

  /** Sends an event to Medusa's webhook route, signed with the shared secret (or with `secret` to forge one). */
  async deliver(event: StripeEvent, secret = this.options.webhookSecret): Promise<number> {
    const payload = stripeEventPayload(event)
    try {
      const res = await fetch(this.options.webhookBase + event.provider, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signStripePayload(payload, secret) },
        body: payload,
      })
      const answer = (await res.json().catch(() => null)) as { duplicate?: unknown } | null
      this.deliveries.push({ event_id: event.id, status: res.status, duplicate: answer?.duplicate === true })
      return res.status
    } catch {
      this.deliveries.push({ event_id: event.id, status: 0, duplicate: false })
      return 0
    }
  }

  // ---- what the buyer sees, and what tests steer -----------------------------

  private async handleBuyerOrControl(
    method: string,
    url: URL,
    form: Record<string, any>,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ) {
    const [area, kind, intentId, action] = url.pathname.split("/").filter(Boolean)
    if (area === "__control") return this.control(method, kind, intentId, action, form, send)
    const intent = this.intents.get(intentId)
    if (!intent) return send(404, "<!doctype html><title>Not found</title><p>No such payment.</p>")
    if (kind === "alipay" && method === "GET") return send(200, alipayPage(intent))
    if (kind === "alipay" && method === "POST") {
      const returnUrl = intent.next_action?.redirect_to_url?.return_url as string | null
      if (action === "authorize") this.pay(intent)
      else this.failWallet(intent)
      await this.flush()
      const back = new URL(returnUrl ?? `${this.url}/pay/alipay/${intent.id}`)
      back.searchParams.set("payment_intent", intent.id)
      back.searchParams.set("redirect_status", intent.status === "succeeded" ? "succeeded" : "failed")
      return send(303, "", { location: back.toString() })
    }
    if (kind === "wechat" && method === "GET" && action === "qr.png") {
      await this.withQr(intent)
      const png = Buffer.from(intent.next_action!.wechat_pay_display_qr_code.image_data_url.split(",")[1], "base64")
      return send(200, png, { "content-type": "image/png" })
    }
    if (kind === "wechat" && method === "GET") {
      await this.withQr(intent)
      return send(200, wechatPage(intent))
    }
    if (kind === "wechat" && method === "POST") {
      if (action === "scan") this.pay(intent)
      else this.failWallet(intent)
      await this.flush()
      return send(200, wechatPage(intent))
    }
    send(404, "<!doctype html><title>Not found</title>")
  }

  private pay(intent: Intent) {
    if (intent.status === "requires_action") this.succeedOrHold(intent)
  }

  private failWallet(intent: Intent) {
    if (intent.status !== "requires_action") return
    intent.status = "requires_payment_method"
    intent.next_action = null
    intent.last_payment_error = {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      message: "The buyer declined the payment.",
    }
    this.emit("payment_intent.payment_failed", intent)
  }

  /** Test steering: settle a wallet payment, list or redeliver events, forge a signature. */
  private async control(
    method: string,
    kind: string,
    target: string,
    action: string,
    form: Record<string, any>,
    send: (status: number, body: unknown) => void,
  ) {
    if (kind === "payment_intents" && method === "GET" && !target) return send(200, { data: [...this.intents.values()] })
    if (kind === "payment_intents" && method === "GET") return send(200, this.intents.get(target) ?? null)
    if (kind === "payment_intents" && method === "POST") {
      const intent = this.intents.get(target)
      if (!intent) return send(404, { error: "no such intent" })
      if (action === "forge-success") {
        // What an attacker would send: a success the payment never had, signed without the real secret.
        const forged: StripeEvent = {
          id: id("evt"),
          type: "payment_intent.succeeded",
          created: now(),
          data: { object: { ...JSON.parse(JSON.stringify(intent)), status: "succeeded", amount_received: intent.amount } },
          provider: PROVIDER_OF[intent.payment_method_types[0]] ?? PROVIDER_OF.card,
        }
        return send(200, { status: await this.deliver(forged, `whsec_forged_${randomBytes(4).toString("hex")}`) })
      }
      if (action === "succeed") this.pay(intent)
      else if (action === "fail") this.failWallet(intent)
      await this.flush()
      return send(200, intent)
    }
    if (kind === "events" && method === "GET") return send(200, { data: this.events, deliveries: this.deliveries })
    if (kind === "events" && method === "POST") {
      const event = this.events.find((e) => e.id === target)
      if (!event) return send(404, { error: "no such event" })
      await this.deliver(event, action === "forged" ? `whsec_forged_${randomBytes(4).toString("hex")}` : undefined)
      const { status, duplicate } = this.deliveries[this.deliveries.length - 1]
      return send(200, { status, duplicate })
    }
    if (kind === "refunds" && method === "GET") return send(200, { data: this.refunds })
    send(404, { error: `unknown control ${kind}` })
  }
}
