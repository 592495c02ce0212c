import Medusa from "@medusajs/js-sdk"
import { randomUUID } from "node:crypto"
import Stripe from "stripe"
import { DEMO_LOGINS } from "../../seed/src/demo-logins"
import { checkCharacter } from "../src/modules/customs/id-number"
import { sql, storeClient, testStack } from "./helpers"
import { shipsFromAbroad } from "@bozor/shared"

/**
 * A buyer's steps through the real Store API, for tests of checkout rules:
 * a cart in the China region with a mainland address, items by product handle,
 * one shipping method per shipping profile, the customs identity, a payment
 * session and completion.
 */

export type Sdk = ReturnType<typeof storeClient>

export const CHINA_ADDRESS = {
  first_name: "娜",
  last_name: "李",
  province: "广东省",
  city: "广州市",
  address_2: "海珠区",
  address_1: "新港东路 1000 号",
  postal_code: "510335",
  country_code: "cn",
  phone: "13800138000",
}

/** A valid, random-looking PRC ID number (region 440106, born 1990), distinct per call. */
export function newIdNumber(sex: "male" | "female" = "female"): string {
  const seq = String(Math.floor(Math.random() * 50) * 2 + (sex === "male" ? 1 : 0)).padStart(3, "0")
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")
  const first17 = `440106${1970 + Math.floor(Math.random() * 30)}${month}${day}${seq}`
  return first17 + checkCharacter(first17)
}

export async function apiError(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
  } catch (e) {
    const err = e as { status?: number; message?: string }
    return { status: err.status ?? 0, message: err.message ?? "" }
  }
  throw new Error("expected the request to fail")
}

const regionIds = new Map<string, string>()
export async function chinaRegionId(sdk: Sdk): Promise<string> {
  if (!regionIds.has("china")) {
    const { regions } = await sdk.store.region.list({ currency_code: "cny" } as any)
    regionIds.set("china", regions[0].id)
  }
  return regionIds.get("china")!
}

export async function variantOf(sdk: Sdk, handle: string, index = 0): Promise<string> {
  const { products } = await sdk.store.product.list({ handle, fields: "id,variants.id,variants.title" })
  if (!products[0]) throw new Error(`No product ${handle}`)
  return products[0].variants![index].id
}

/** A cart with the given lines and a mainland address; shipping chosen per profile (direct mail / pickup). */
export async function cartWith(
  sdk: Sdk,
  lines: { handle?: string; variant_id?: string; quantity?: number }[],
  options: { locale?: string; shipping?: boolean; email?: string; address?: typeof CHINA_ADDRESS } = {},
) {
  const address = options.address ?? CHINA_ADDRESS
  const { cart } = await sdk.store.cart.create({
    region_id: await chinaRegionId(sdk),
    email: options.email ?? `buyer-${randomUUID().slice(0, 8)}@bozor.test`,
    shipping_address: address,
    billing_address: address,
    ...(options.locale ? { locale: options.locale } : {}),
  } as any)
  for (const line of lines) {
    const variant_id = line.variant_id ?? (await variantOf(sdk, line.handle!))
    await sdk.store.cart.createLineItem(cart.id, { variant_id, quantity: line.quantity ?? 1 })
  }
  if (options.shipping !== false) await chooseShipping(sdk, cart.id)
  return cart.id
}

/** One method per shipping profile in the cart: cross-border direct mail, and pickup at the Guangzhou centre. */
export async function chooseShipping(sdk: Sdk, cartId: string, prefer = ["cross_border_mail", "gz_pickup"]) {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  const byProfile = new Map<string, any>()
  for (const option of shipping_options as any[]) {
    const code = option.type?.code ?? option.data?.mode
    if (!prefer.includes(code)) continue
    const current = byProfile.get(option.shipping_profile_id)
    if (!current || prefer.indexOf(code) < prefer.indexOf(current.type?.code ?? current.data?.mode)) {
      byProfile.set(option.shipping_profile_id, option)
    }
  }
  for (const option of byProfile.values()) await sdk.store.cart.addShippingMethod(cartId, { option_id: option.id })
}

export async function declareCustoms(
  sdk: Sdk,
  cartId: string,
  identity: { real_name: string; id_number: string } | { identity_id: string },
) {
  const body = "identity_id" in identity ? { identity_id: identity.identity_id, payer_is_buyer: true } : { identity, payer_is_buyer: true }
  return sdk.client.fetch<{ customs_identity: { id: string; id_number: string } }>(`/store/carts/${cartId}/customs`, {
    method: "POST",
    body,
  })
}

export async function pay(sdk: Sdk, cartId: string, provider_id = "pp_system_default", data?: Record<string, unknown>) {
  const { cart } = await sdk.store.cart.retrieve(cartId)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart as any, { provider_id, data } as any)
  return payment_collection.payment_sessions!.find((s: any) => s.provider_id === provider_id)!
}

export async function complete(sdk: Sdk, cartId: string) {
  return sdk.store.cart.complete(cartId) as Promise<any>
}

/** Completion that must fail: the backend either answers 4xx or returns the cart with an error; both carry the message. */
export async function completionFailure(sdk: Sdk, cartId: string): Promise<{ status: number; message: string }> {
  let result: any
  try {
    result = await complete(sdk, cartId)
  } catch (e) {
    const err = e as { status?: number; message?: string }
    return { status: err.status ?? 0, message: err.message ?? "" }
  }
  if (result.type === "order") throw new Error(`Cart ${cartId} completed, but it should have been refused`)
  return { status: 200, message: result.error?.message ?? "" }
}

/** Whether the cart has a parcel mailed from Tashkent (a method of the cross-border shipping profile's options). */
async function hasParcelFromTashkent(sdk: Sdk, cartId: string): Promise<boolean> {
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,shipping_methods.shipping_option_id" })
  const chosen = new Set((cart.shipping_methods ?? []).map((m: any) => m.shipping_option_id))
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  return (shipping_options as any[]).some((o) => chosen.has(o.id) && shipsFromAbroad(o.type?.code ?? o.data?.mode))
}

/** A card payment as Stripe.js makes it in the buyer's browser: a session with the card provider, confirmed at Stripe (the local stand-in). */
export async function payByCard(sdk: Sdk, cartId: string, card = "pm_card_visa") {
  const session: any = await pay(sdk, cartId, "pp_stripe_stripe")
  const url = new URL(process.env.BOZOR_TEST_STRIPE_URL ?? "")
  const stripe = new Stripe("sk_test_bozor_double", { host: url.hostname, port: Number(url.port), protocol: "http" })
  await stripe.paymentIntents.confirm(session.data.id, { payment_method: card })
  return session
}

/**
 * Everything up to a placed order: paid at the centre (the system provider), or by card when a parcel is mailed from
 * Tashkent, which the shop does not let be paid at the centre.
 */
export async function checkout(sdk: Sdk, cartId: string, identity?: { real_name: string; id_number: string }) {
  if (identity) await declareCustoms(sdk, cartId, identity)
  if (await hasParcelFromTashkent(sdk, cartId)) await payByCard(sdk, cartId)
  else await pay(sdk, cartId)
  const result = await complete(sdk, cartId)
  if (result.type !== "order") throw new Error(`Cart ${cartId} did not complete: ${JSON.stringify(result.error ?? result)}`)
  return result.order
}

/** A signed-in customer of their own (new account), as the storefront's session would be. */
export async function newCustomer(locale?: string): Promise<{ sdk: Sdk; email: string; id: string }> {
  const stack = testStack()
  const sdk = new Medusa({
    baseUrl: stack.backendUrl,
    publishableKey: stack.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    globalHeaders: locale ? { "x-medusa-locale": locale } : {},
  })
  const email = `customer-${randomUUID().slice(0, 8)}@bozor.test`
  const token = await sdk.auth.register("customer", "emailpass", { email, password: "test-password-1" })
  await sdk.client.setToken(token as string)
  const { customer } = await sdk.store.customer.create({ email, first_name: "测试", last_name: "王" })
  await sdk.auth.login("customer", "emailpass", { email, password: "test-password-1" })
  return { sdk, email, id: customer.id }
}

/** The operators' admin session (the seeded operator), for test setup the shop itself cannot do (stock levels, test products, cancellations). */
export async function adminClient(): Promise<Medusa> {
  const stack = testStack()
  const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await admin.auth.login("user", "emailpass", DEMO_LOGINS.admin)
  return admin
}

/**
 * A product the seed does not have, for exact prices and trade data (no stock tracking), in the shop's sales channel
 * and the shipping profile of its stock: cross-border direct mail or the Guangzhou centre. The caller deletes it.
 */
export async function createTestProduct(input: {
  title: string
  price: number
  stock_origin?: "cross_border" | "domestic"
  vat_rate?: 9 | 13
  indivisible?: boolean
  hs_code?: string
}): Promise<{ productId: string; variantId: string }> {
  const admin = await adminClient()
  const origin = input.stock_origin ?? "cross_border"
  const handle = `test-${input.title}-${randomUUID().slice(0, 8)}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-")
  const [{ id: profileId }] = await sql<{ id: string }>(`select id from shipping_profile where name ilike $1 and deleted_at is null`, [
    origin === "cross_border" ? "%cross%" : "%guangzhou%",
  ])
  const [{ id: channelId }] = await sql<{ id: string }>(
    "select k.sales_channel_id as id from publishable_api_key_sales_channel k join api_key a on a.id = k.publishable_key_id where a.token = $1",
    [testStack().publishableKey],
  )
  const { product } = await admin.admin.product.create({
    title: `Test ${input.title}`,
    handle,
    status: "published",
    shipping_profile_id: profileId,
    sales_channels: [{ id: channelId }],
    options: [{ title: "Pack", values: ["One"] }],
    variants: [
      { title: "One", options: { Pack: "One" }, manage_inventory: false, prices: [{ currency_code: "cny", amount: input.price }] },
    ],
    additional_data: {
      product_extras: {
        [handle]: {
          trade: {
            origin_region: "fergana",
            hs_code: input.hs_code ?? "0813100000",
            vat_rate: input.vat_rate ?? 9,
            stock_origin: origin,
            manufacturer: "Test manufacturer",
            indivisible: input.indivisible ?? false,
          },
        },
      },
    },
  } as any)
  return { productId: product.id, variantId: product.variants![0].id }
}
