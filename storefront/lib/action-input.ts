import { getTranslations } from "next-intl/server"
import { routing, type Locale } from "@/i18n/routing"

/**
 * What a server action may take from its form. A server action is a public
 * endpoint: anyone can post any value under any field name, so each action
 * reads its fields through these and refuses the request — before it
 * revalidates, redirects or calls the backend — when one does not hold.
 * Each reader returns the value, or undefined when it is missing or invalid.
 */

const field = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === "string" ? value : undefined
}

/** A locale the shop routes: it becomes the first segment of paths the action revalidates and redirects to. */
export function readLocale(form: FormData): Locale | undefined {
  const value = field(form, "locale")
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : undefined
}

/** Medusa's ids: a prefix and a ULID (variant_01J…, cali_01J…). */
const ID_PREFIXES = {
  variant: "variant",
  lineItem: "cali",
  shippingOption: "so",
  customerAddress: "cuaddr",
  customsIdentity: "cusid",
} as const

/** An id of the given kind, e.g. readId(form, "variantId", "variant"). */
export function readId(form: FormData, name: string, kind: keyof typeof ID_PREFIXES): string | undefined {
  const value = field(form, name)
  return value !== undefined && new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-Z]{26}$`).test(value) ? value : undefined
}

/** A payment provider id as Medusa names them: pp_system_default, pp_stripe-wechat-pay_stripe. */
export function readPaymentProvider(form: FormData, name = "provider"): string | undefined {
  const value = field(form, name)
  return value !== undefined && /^pp_[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(value) && value.length <= 100 ? value : undefined
}

/** Most of one product a line may hold. */
const MAX_LINE_QUANTITY = 99

/** A whole number in [min, max], written as plain digits. */
export function readInteger(form: FormData, name: string, { min, max }: { min: number; max: number }): number | undefined {
  const value = field(form, name)
  if (value === undefined || !/^\d{1,6}$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/** A quantity for a cart line: 1–99, or 0–99 where 0 removes the line. */
export const readQuantity = (form: FormData, name: string, { allowZero = false } = {}) =>
  readInteger(form, name, { min: allowZero ? 0 : 1, max: MAX_LINE_QUANTITY })

/** Text of at most `max` characters, trimmed ("" when missing); undefined when longer. */
export function readText(form: FormData, name: string, max: number): string | undefined {
  const value = (field(form, name) ?? "").trim()
  return value.length <= max ? value : undefined
}

/**
 * A path inside the shop, relative to the locale (`account`, `account/orders/order_01J…`): a redirect
 * after sign-in goes there, never to another site (no scheme, no `//`, no `..`, no backslash).
 */
export function readShopPath(form: FormData, name: string): string | undefined {
  const value = field(form, name)
  return value !== undefined && value.length <= 200 && /^[a-z0-9-]+(?:\/[A-Za-z0-9_-]+)*$/.test(value) ? value : undefined
}

/** One of a fixed set of values (a checkout step, a flag). */
export function readChoice<T extends string>(form: FormData, name: string, choices: readonly T[]): T | undefined {
  const value = field(form, name)
  return choices.includes(value as T) ? (value as T) : undefined
}

/** The message for a refused field, in the visitor's language (the default one when the locale itself was refused). */
export async function refusal(locale: Locale | undefined, name: string): Promise<string> {
  const t = await getTranslations({ locale: locale ?? routing.defaultLocale, namespace: "errors" })
  return t("invalidInput", { field: name })
}

export async function quantityRefusal(locale: Locale, { allowZero = false } = {}): Promise<string> {
  const t = await getTranslations({ locale, namespace: "errors" })
  return t("quantityRange", { min: allowZero ? 0 : 1, max: MAX_LINE_QUANTITY })
}
