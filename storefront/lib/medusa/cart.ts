import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "./client"
import { getShopRegion } from "./index"
import { medusaAddress, reshapeCart, reshapePickupPlace } from "./reshape"
import { cartId, clearCartId, enteredPromoCodes, setCartId, setEnteredPromoCodes, visitorHeaders } from "./session"
import type { Address, Cart, CustomsSituation, PromotionNotice, ShippingChoice } from "./types"

/** What the cart's page needs of the cart itself; every figure comes from the backend's totals (GET …/totals). */
const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "completed_at",
  "locale",
  "*items",
  "items.product_id",
  "items.product_handle",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.unit_price",
  "items.quantity",
  "*shipping_address",
  "*shipping_methods",
  "promotions.code",
  "promotions.is_automatic",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

async function call<T>(locale: string, path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}) {
  return medusa().client.fetch<T>(path, { ...init, headers: await visitorHeaders(locale), cache: "no-store" } as never)
}

/** What the backend says of a promotion code for this cart: whether it applies, and if not why (in the visitor's language). */
interface PromotionEligibility {
  code: string
  applicable: boolean
  reason: string
  message: string
}

const eligibility = (locale: string, id: string, code: string) =>
  call<{ promotion: PromotionEligibility }>(locale, `/store/carts/${id}/promotion-codes/${encodeURIComponent(code)}`).then(
    (r) => r.promotion,
  )

/** Codes the visitor entered that are not on the cart, each with the backend's reason. */
async function promotionNotices(locale: string, id: string, applied: string[]): Promise<PromotionNotice[]> {
  const missing = (await enteredPromoCodes()).filter((code) => !applied.includes(code))
  return Promise.all(
    missing.map(async (code) => {
      const e = await eligibility(locale, id, code)
      return { code, message: e.message, applicable: e.applicable, signInRequired: e.reason === "sign_in_required" }
    }),
  )
}

export async function retrieveCart(locale: string, id?: string): Promise<Cart | null> {
  const cid = id ?? (await cartId())
  if (!cid) return null
  try {
    const read = () =>
      Promise.all([
        call<{ cart: any }>(locale, `/store/carts/${cid}`, { query: { fields: CART_FIELDS } }),
        call<{ totals: any }>(locale, `/store/carts/${cid}/totals`),
      ])
    let [{ cart }, { totals }] = await read()
    if (cart.completed_at && !id) return null
    // The lines carry the names of the language they were added in: a visitor who switches the shop's language gets
    // the cart's language switched too, and Medusa names every line again in it.
    if (!cart.completed_at && cart.locale !== locale) {
      await call(locale, `/store/carts/${cid}`, { method: "POST", body: { locale } })
      ;[{ cart }, { totals }] = await read()
    }
    const applied = (cart.promotions ?? []).map((p: any) => p.code)
    return reshapeCart(cart, totals, id ? [] : await promotionNotices(locale, cid, applied))
  } catch {
    return null
  }
}

/** A new cart in mainland China's region (yuan); the visitor's only once setCartId remembers it. */
async function createCart(locale: string): Promise<string> {
  const region = await getShopRegion(locale)
  const { cart } = await call<{ cart: { id: string } }>(locale, "/store/carts", {
    method: "POST",
    body: { region_id: region.id, locale },
  })
  return cart.id
}

/** The visitor's open cart, created on first use. */
export async function ensureCart(locale: string): Promise<string> {
  const existing = await retrieveCart(locale)
  if (existing) return existing.id
  const id = await createCart(locale)
  await setCartId(id)
  return id
}

export async function addLine(locale: string, variantId: string, quantity: number) {
  const existing = await retrieveCart(locale)
  const id = existing?.id ?? (await createCart(locale))
  await call(locale, `/store/carts/${id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity } })
  // A new cart becomes the visitor's only with its first line: when the backend refuses that line (not enough stock),
  // no empty cart is kept and no cookie set — setting one renders the page again, and the refusal would be lost.
  if (!existing) await setCartId(id)
}

export async function updateLine(locale: string, lineId: string, quantity: number) {
  const id = await ensureCart(locale)
  if (quantity <= 0) await call(locale, `/store/carts/${id}/line-items/${lineId}`, { method: "DELETE" })
  else await call(locale, `/store/carts/${id}/line-items/${lineId}`, { method: "POST", body: { quantity } })
}

/**
 * Applies a code; when it does not apply, the backend's reason (in the visitor's language) and whether signing in
 * would help. A code that needs an account is remembered, so the cart offers it again once the buyer has signed in.
 */
export async function applyPromo(locale: string, code: string): Promise<{ ok: true } | { error: string; signIn: boolean }> {
  const id = await ensureCart(locale)
  const entered = await enteredPromoCodes()
  try {
    await call(locale, `/store/carts/${id}/promotion-codes`, { method: "POST", body: { code } })
  } catch (e) {
    if (!(e instanceof FetchError) || e.status !== 400) throw e
    const why = await eligibility(locale, id, code)
    const signIn = why.reason === "sign_in_required"
    if (signIn) await setEnteredPromoCodes([...entered, code])
    return { error: why.message, signIn }
  }
  await setEnteredPromoCodes([...entered, code])
  return { ok: true }
}

/** Takes a code off the cart (the backend refuses an automatic promotion) and forgets it. */
export async function removePromo(locale: string, code: string) {
  const id = await ensureCart(locale)
  await setEnteredPromoCodes((await enteredPromoCodes()).filter((c) => c !== code))
  await call(locale, `/store/carts/${id}/promotion-codes/${encodeURIComponent(code)}`, { method: "DELETE" })
}

/** Forgets a code the cart no longer has, once the buyer has read why. */
export async function dismissPromo(code: string) {
  await setEnteredPromoCodes((await enteredPromoCodes()).filter((c) => c !== code))
}

/**
 * The delivery address and e-mail. The cart takes the page's language too: Medusa then translates its lines, so
 * that the order, its page and its e-mail are in the language the buyer checked out in.
 */
export async function setAddress(locale: string, email: string, address: Address) {
  const id = await ensureCart(locale)
  const shipping = medusaAddress(address)
  await call(locale, `/store/carts/${id}`, {
    method: "POST",
    body: { email, shipping_address: shipping, billing_address: shipping, locale },
  })
}

/** Who collects a pickup: a name and a mobile number, and no street address (a pickup needs none). */
export async function setPickupContact(locale: string, email: string, contact: Pick<Address, "firstName" | "lastName" | "phone">) {
  const id = await ensureCart(locale)
  const shipping = medusaAddress({ ...contact, province: "", city: "", district: "", street: "", postalCode: "" })
  await call(locale, `/store/carts/${id}`, {
    method: "POST",
    body: { email, shipping_address: shipping, billing_address: shipping, locale },
  })
}

export async function shippingChoices(locale: string, id: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await call<{ shipping_options: any[] }>(locale, "/store/shipping-options", {
    query: {
      cart_id: id,
      fields:
        "+service_zone.fulfillment_set.type,+service_zone.fulfillment_set.location.name,+service_zone.fulfillment_set.location.address.*",
    },
  })
  return shipping_options.map((o) => ({
    id: o.id,
    name: o.name,
    mode: o.type?.code ?? o.data?.mode ?? "",
    profileId: o.shipping_profile_id,
    amount: {
      amount: Number(o.calculated_price?.calculated_amount ?? o.amount ?? 0),
      currencyCode: String(o.calculated_price?.currency_code ?? "cny").toUpperCase(),
    },
    minDays: o.data?.min_days ?? null,
    maxDays: o.data?.max_days ?? null,
    kind: o.service_zone?.fulfillment_set?.type === "pickup" ? ("pickup" as const) : ("shipping" as const),
    place: o.service_zone?.fulfillment_set?.type === "pickup" ? reshapePickupPlace(o.service_zone.fulfillment_set.location, locale) : null,
  }))
}

export async function setShipping(locale: string, optionId: string) {
  const id = await ensureCart(locale)
  await call(locale, `/store/carts/${id}/shipping-methods`, { method: "POST", body: { option_id: optionId } })
}

export async function paymentProviders(locale: string, regionId: string): Promise<string[]> {
  const { payment_providers } = await call<{ payment_providers: { id: string }[] }>(locale, "/store/payment-providers", {
    query: { region_id: regionId },
  })
  return payment_providers.map((p) => p.id)
}

/** Starts (or restarts) payment with a provider; wallet providers answer with their next action. */
export async function startPayment(locale: string, providerId: string, data: Record<string, unknown> = {}) {
  const id = await ensureCart(locale)
  const { cart } = await call<{ cart: any }>(locale, `/store/carts/${id}`, { query: { fields: "id,*payment_collection" } })
  let collectionId = cart.payment_collection?.id
  if (!collectionId) {
    const { payment_collection } = await call<{ payment_collection: { id: string } }>(locale, "/store/payment-collections", {
      method: "POST",
      body: { cart_id: id },
    })
    collectionId = payment_collection.id
  }
  const { payment_collection } = await call<{ payment_collection: any }>(
    locale,
    `/store/payment-collections/${collectionId}/payment-sessions`,
    {
      method: "POST",
      body: { provider_id: providerId, data },
    },
  )
  return (payment_collection.payment_sessions ?? []).find((s: any) => s.provider_id === providerId) as {
    id: string
    data: Record<string, any>
  }
}

export async function paymentSession(locale: string, id: string) {
  const { cart } = await call<{ cart: any }>(locale, `/store/carts/${id}`, {
    query: { fields: "id,completed_at,*payment_collection.payment_sessions" },
  })
  return {
    completedAt: cart.completed_at as string | null,
    session: cart.payment_collection?.payment_sessions?.[0] as { provider_id: string; data: any } | undefined,
  }
}

export async function customsSituation(locale: string, id: string): Promise<CustomsSituation> {
  const { customs: c } = await call<{ customs: any }>(locale, `/store/carts/${id}/customs`)
  return {
    applies: c.applies,
    hasCrossBorder: c.has_cross_border,
    crossBorderAmount: c.cross_border_amount,
    orderLimit: c.order_limit,
    orderExcess: c.order_excess,
    overOrderLimit: c.over_order_limit,
    singleIndivisibleItem: c.single_indivisible_item,
    annualLimit: c.annual_limit,
    usedThisYear: c.used_this_year,
    remainingThisYear: c.remaining_this_year,
    overAnnualLimit: c.over_annual_limit,
    identity: c.identity ? { id: c.identity.id, realName: c.identity.real_name, idNumber: c.identity.id_number } : null,
    payerIsBuyer: c.payer_is_buyer,
  }
}

export async function declareCustoms(locale: string, input: { identityId?: string; realName?: string; idNumber?: string; save?: boolean }) {
  const id = await ensureCart(locale)
  await call(locale, `/store/carts/${id}/customs`, {
    method: "POST",
    body: input.identityId
      ? { identity_id: input.identityId, payer_is_buyer: true }
      : {
          identity: { real_name: input.realName ?? "", id_number: input.idNumber ?? "", ...(input.save ? { save: true } : {}) },
          payer_is_buyer: true,
        },
  })
}

export interface PlacedOrder {
  orderId: string
  /** A signed link's token to the order's details: a guest's only key to them (the backend signs it for the cart's holder). */
  accessToken: string
}

/** Places the order; on success the cart cookie is cleared and the order returned with its link token. */
export async function completeCart(locale: string, id?: string): Promise<PlacedOrder | { error: string }> {
  const cid = id ?? (await cartId())
  if (!cid) return { error: "no_cart" }
  const result = await call<any>(locale, `/store/carts/${cid}/complete`, { method: "POST" })
  if (result.type !== "order") return { error: result.error?.message ?? "unknown" }
  const placed = await orderOfCart(locale, cid)
  await clearCartId()
  return placed ?? { orderId: result.order.id, accessToken: "" }
}

/** The order a completed cart became (a wallet payment's webhook completes carts outside the shop). */
export async function orderOfCart(locale: string, id: string): Promise<PlacedOrder | null> {
  try {
    const { order_id, access_token } = await call<{ order_id: string; access_token: string }>(locale, `/store/carts/${id}/order`)
    return { orderId: order_id, accessToken: access_token }
  } catch {
    return null
  }
}

/** The shop's page of a placed order, opened with its link token. */
export const orderPath = (locale: string, placed: PlacedOrder) =>
  `/${locale}/order/${placed.orderId}${placed.accessToken ? `?access=${encodeURIComponent(placed.accessToken)}` : ""}`
