"use server"

import { paymentKind, storefrontUrl } from "@bozor/shared"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import * as cart from "@/lib/medusa/cart"
import type { Address } from "@/lib/medusa/types"
import { identityError, identityProblems, type IdentityProblems } from "@/lib/customs-input"
import {
  quantityRefusal,
  readChoice,
  readId,
  readInteger,
  readLocale,
  readPaymentProvider,
  readQuantity,
  readText,
  refusal,
} from "@/lib/action-input"
import { validateAddress, validateContact, type AddressErrors } from "@/lib/address"
import * as customer from "@/lib/medusa/customer"

export interface ActionState {
  ok?: boolean
  error?: string
  fields?: AddressErrors
  /** The customs identity's fields that are empty or too long. */
  identityFields?: IdentityProblems
  /** What was typed, given back with an error: React resets a form after its action, and the buyer must lose nothing. */
  values?: Record<string, string>
}

/** The text a form sent, for the fields named. */
const typed = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? "")]))

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Backend refusals the shop words itself; others (customs rules) arrive already translated. */
async function explain(locale: string, e: unknown): Promise<string> {
  const t = await getTranslations({ locale, namespace: "errors" })
  const text = message(e)
  if (/inventory|stock/i.test(text)) return t("notEnoughStock")
  if (/not authorized with the provider|payment/i.test(text) && !/[\u4e00-\u9fff]/.test(text) && /authoriz/i.test(text))
    return t("paymentFailed")
  return text || t("generic")
}

export async function addToCartAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  if (!form.get("variantId")) return { error: t("chooseVariant") }
  const variantId = readId(form, "variantId", "variant")
  if (!variantId) return { error: await refusal(locale, "variantId") }
  const quantity = form.get("quantity") === null ? 1 : readQuantity(form, "quantity")
  if (quantity === undefined) return { error: await quantityRefusal(locale) }
  try {
    await cart.addLine(locale, variantId, quantity)
  } catch (e) {
    return { error: await explain(locale, e), values: typed(form, ["quantity"]) }
  }
  // Nothing on the page changes but the header's cart, which the form asks the browser to fetch again
  // (refreshVisitorParts): the page is not rendered again, and no cached page of anyone else's is touched.
  return { ok: true }
}

export async function updateLineAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const lineId = readId(form, "lineId", "lineItem")
  if (!lineId) return { error: await refusal(locale, "lineId") }
  const quantity = readQuantity(form, "quantity", { allowZero: true })
  if (quantity === undefined) return { error: await quantityRefusal(locale, { allowZero: true }) }
  try {
    await cart.updateLine(locale, lineId, quantity)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  refresh()
  return { ok: true }
}

/** Promotion codes as staff write them; the longest the shop accepts. */
const PROMO_CODE_MAX = 40

/**
 * Applies a code, takes one off (`remove`), or forgets one the cart lost (`dismiss`). Why a code does not apply is
 * the backend's to say (in the visitor's language): the shop shows it as it comes.
 */
export async function promoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  for (const name of ["remove", "dismiss"] as const) {
    if (!form.get(name)) continue
    const code = readText(form, name, PROMO_CODE_MAX)
    if (!code) return { error: await refusal(locale, name) }
    try {
      if (name === "remove") await cart.removePromo(locale, code)
      else await cart.dismissPromo(code)
    } catch (e) {
      return { error: await explain(locale, e) }
    }
    refresh()
    return { ok: true }
  }
  const code = String(form.get("code") ?? "")
    .trim()
    .toUpperCase()
  if (!code || code.length > PROMO_CODE_MAX) return { error: t("promoEmpty") }
  let result: Awaited<ReturnType<typeof cart.applyPromo>>
  try {
    result = await cart.applyPromo(locale, code)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  refresh()
  // A code that needs an account is remembered: the cart's notice of it says why and offers to sign in, once.
  if ("error" in result && !result.signIn) return { error: result.error, values: { code } }
  return { ok: true }
}

/**
 * The checkout's first step. A pickup at the centre saves who collects (name and mobile) and chooses the pickup at
 * once; a delivery saves the address (and, if the signed-in buyer asks, adds it to the address book) and goes on to
 * choosing how each part is sent.
 */
export async function addressAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const receive = form.get("receive") === null ? "delivery" : readChoice(form, "receive", ["delivery", "pickup"] as const)
  if (!receive) return { error: await refusal(locale, "receive") }
  if (receive === "pickup") {
    const optionId = readId(form, "pickupOption", "shippingOption")
    if (!optionId) return { error: await refusal(locale, "pickupOption") }
    const { contact, email, errors } = validateContact(form)
    const values = { ...contact, email, receive }
    if (errors) return { fields: errors, values }
    try {
      await cart.setPickupContact(locale, email, contact)
      await cart.setShipping(locale, optionId)
    } catch (e) {
      return { error: await explain(locale, e), values }
    }
    redirect(`/${locale}/checkout`)
  }
  const { address, email, errors } = validateAddress(form)
  const values = { ...address, email, receive, saveToBook: form.get("saveToBook") === "on" ? "on" : "" }
  if (errors) return { fields: errors, values }
  try {
    await cart.setAddress(locale, email, address)
    if (form.get("saveToBook") === "on") await saveToBook(locale, address)
  } catch (e) {
    return { error: await explain(locale, e), values }
  }
  redirect(`/${locale}/checkout?step=delivery`)
}

/** Adds an address typed at checkout to the signed-in buyer's book, unless the book has it already. */
async function saveToBook(locale: string, address: Address) {
  const me = await customer.currentCustomer(locale)
  if (!me) return
  const same = (a: Address) => (Object.keys(address) as (keyof Address)[]).every((k) => a[k] === address[k])
  if (!me.addresses.some(same)) await customer.saveAddress(locale, address)
}

/** The checkout steps a step's form may move on to (the page's STEPS after delivery). */
const STEPS_AFTER_DELIVERY = ["customs", "payment", "review"] as const
/** Shipping profiles a cart can have (cross-border mail, Guangzhou stock), with room to grow. */
const MAX_PROFILES = 10

export async function shippingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  const next = form.get("next") === null ? "payment" : readChoice(form, "next", STEPS_AFTER_DELIVERY)
  if (!next) return { error: await refusal(locale, "next") }
  const profiles = readInteger(form, "profiles", { min: 1, max: MAX_PROFILES })
  if (profiles === undefined) return { error: await refusal(locale, "profiles") }
  const fields = [...form.keys()].filter((key) => key.startsWith("option-"))
  if (fields.length > MAX_PROFILES) return { error: await refusal(locale, "option") }
  const chosen: string[] = []
  for (const name of fields) {
    if (!form.get(name)) continue
    const optionId = readId(form, name, "shippingOption")
    if (!optionId) return { error: await refusal(locale, name) }
    chosen.push(optionId)
  }
  if (chosen.length < profiles) return { error: t("chooseDelivery") }
  try {
    for (const optionId of chosen) await cart.setShipping(locale, optionId)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  redirect(`/${locale}/checkout?step=${next}`)
}

export async function customsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  // Everything the buyer chose comes back with an error, the declaration box included.
  const values = typed(form, ["realName", "idNumber", "identityId", "save", "payerIsBuyer"])
  const identityId = String(form.get("identityId") ?? "")
  const saved = !!identityId && identityId !== "new"
  if (saved && !readId(form, "identityId", "customsIdentity")) return { error: await refusal(locale, "identityId"), values }
  // A new identity: each empty or oversized field is named before anything goes to the backend.
  const problems = saved ? undefined : identityProblems(values.realName, values.idNumber)
  if (problems) return { error: await identityError(locale, problems), identityFields: problems, values }
  if (form.get("payerIsBuyer") !== "on") return { error: t("payerIsBuyer"), values }
  try {
    await cart.declareCustoms(
      locale,
      saved ? { identityId } : { realName: values.realName, idNumber: values.idNumber, save: form.get("save") === "on" },
    )
  } catch (e) {
    return { error: message(e), values }
  }
  redirect(`/${locale}/checkout?step=payment`)
}

export async function paymentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  if (!form.get("provider")) return { error: t("choosePayment") }
  const provider = readPaymentProvider(form)
  if (!provider) return { error: await refusal(locale, "provider") }
  try {
    await cart.startPayment(
      locale,
      provider,
      paymentKind(provider) === "alipay" ? { return_url: `${storefrontUrl()}/${locale}/checkout/return` } : {},
    )
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  redirect(`/${locale}/checkout?step=review`)
}

export async function placeOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const provider = form.get("provider") ? readPaymentProvider(form) : ""
  if (provider === undefined) return { error: await refusal(locale, "provider") }
  // Wallets are paid outside the shop; their webhook completes the order.
  if (paymentKind(provider) === "wechat") redirect(`/${locale}/checkout/wechat`)
  if (paymentKind(provider) === "alipay") {
    const id = await cart.ensureCart(locale)
    const { session } = await cart.paymentSession(locale, id)
    const url = session?.data?.next_action?.redirect_to_url?.url
    if (url) redirect(url)
  }
  let result: Awaited<ReturnType<typeof cart.completeCart>>
  try {
    result = await cart.completeCart(locale)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  if ("error" in result) return { error: await explain(locale, new Error(result.error)) }
  redirect(cart.orderPath(locale, result))
}
