"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import * as cart from "@/lib/medusa/cart"
import { validateAddress, type AddressErrors } from "@/lib/address"

export interface ActionState {
  ok?: boolean
  error?: string
  fields?: AddressErrors
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
  if (/not authorized with the provider|payment/i.test(text) && !/[\u4e00-\u9fff]/.test(text) && /authoriz/i.test(text)) return t("paymentFailed")
  return text || t("generic")
}

export async function addToCartAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const variantId = String(form.get("variantId") ?? "")
  const quantity = Math.max(1, Math.min(99, Number(form.get("quantity")) || 1))
  const t = await getTranslations({ locale, namespace: "errors" })
  if (!variantId) return { error: t("chooseVariant") }
  try {
    await cart.addLine(locale, variantId, quantity)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  revalidatePath(`/${locale}`, "layout")
  return { ok: true }
}

export async function updateLineAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const lineId = String(form.get("lineId"))
  const quantity = Math.max(0, Math.min(99, Number(form.get("quantity"))))
  try {
    await cart.updateLine(locale, lineId, quantity)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  revalidatePath(`/${locale}`, "layout")
  return { ok: true }
}

export async function promoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const code = String(form.get("code") ?? "").trim().toUpperCase()
  const t = await getTranslations({ locale, namespace: "errors" })
  if (form.get("remove")) {
    await cart.removePromo(locale, String(form.get("remove")))
    revalidatePath(`/${locale}`, "layout")
    return { ok: true }
  }
  if (!code || code.length > 40) return { error: t("promoEmpty") }
  try {
    const applied = await cart.applyPromo(locale, code)
    if (!applied) return { error: t("promoNotApplicable", { code }) }
  } catch (e) {
    const text = message(e)
    return { error: /expired|ended|not active/i.test(text) ? t("promoExpired", { code }) : t("promoUnknown", { code }) }
  }
  revalidatePath(`/${locale}`, "layout")
  return { ok: true }
}

export async function addressAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const { address, email, errors } = validateAddress(form)
  const values = { ...address, email }
  if (errors) return { fields: errors, values }
  try {
    await cart.setAddress(locale, email, address)
  } catch (e) {
    return { error: await explain(locale, e), values }
  }
  redirect(`/${locale}/checkout?step=delivery`)
}

export async function shippingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const t = await getTranslations({ locale, namespace: "errors" })
  const chosen = [...form.entries()].filter(([key]) => key.startsWith("option-")).map(([, value]) => String(value)).filter(Boolean)
  const profiles = Number(form.get("profiles"))
  if (chosen.length < profiles) return { error: t("chooseDelivery") }
  try {
    for (const optionId of chosen) await cart.setShipping(locale, optionId)
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  redirect(`/${locale}/checkout?step=${form.get("next") ?? "payment"}`)
}

export async function customsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const t = await getTranslations({ locale, namespace: "errors" })
  // Everything the buyer chose comes back with an error, the declaration box included.
  const values = typed(form, ["realName", "idNumber", "identityId", "save", "payerIsBuyer"])
  if (form.get("payerIsBuyer") !== "on") return { error: t("payerIsBuyer"), values }
  const identityId = String(form.get("identityId") ?? "")
  try {
    await cart.declareCustoms(locale, identityId && identityId !== "new"
      ? { identityId }
      : { realName: values.realName, idNumber: values.idNumber, save: form.get("save") === "on" })
  } catch (e) {
    return { error: message(e), values }
  }
  redirect(`/${locale}/checkout?step=payment`)
}

export async function paymentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const provider = String(form.get("provider") ?? "")
  const t = await getTranslations({ locale, namespace: "errors" })
  if (!provider) return { error: t("choosePayment") }
  const origin = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  try {
    await cart.startPayment(locale, provider, provider.includes("alipay") ? { return_url: `${origin}/${locale}/checkout/return` } : {})
  } catch (e) {
    return { error: await explain(locale, e) }
  }
  redirect(`/${locale}/checkout?step=review`)
}

export async function placeOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const locale = String(form.get("locale"))
  const provider = String(form.get("provider") ?? "")
  // Wallets are paid outside the shop; their webhook completes the order.
  if (provider.includes("wechat")) redirect(`/${locale}/checkout/wechat`)
  if (provider.includes("alipay")) {
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
