"use server"

import { getTranslations } from "next-intl/server"
import { routing } from "@/i18n/routing"
import { requestOrderLink } from "@/lib/medusa/customer"

export interface RequestLinkState {
  sent?: boolean
  error?: string
  email?: string
}

const ORDER_ID = /^order_[0-9A-Z]{26}$/
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/

/** Asks for a fresh link to an order by e-mail; the answer is the same whether or not the address is the order's. */
export async function requestOrderLinkAction(_prev: RequestLinkState, form: FormData): Promise<RequestLinkState> {
  const locale = String(form.get("locale"))
  if (!routing.locales.includes(locale as never)) return { error: "locale" }
  const t = await getTranslations({ locale, namespace: "errors" })
  const orderId = String(form.get("orderId") ?? "")
  const email = String(form.get("email") ?? "").trim()
  if (!ORDER_ID.test(orderId)) return { error: t("generic") }
  if (!EMAIL.test(email)) return { error: t("emailInvalid"), email }
  try {
    await requestOrderLink(locale, orderId, email)
  } catch (e) {
    return { error: (e as { status?: number }).status === 429 ? (e as Error).message : t("generic"), email }
  }
  return { sent: true }
}
