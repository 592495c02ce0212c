import type { Address } from "./medusa/types"
import { personName } from "./person-name"

/** Field → message key (namespace "address.errors"). */
export type AddressErrors = Partial<Record<keyof Address | "email", string>>

/** Mainland mobile numbers: 11 digits starting 13–19, optionally written with +86 and spaces or dashes. */
export function normalizeMobile(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "").replace(/^\+?86/, "")
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/**
 * The postal part of an address as the page's language writes it: Chinese from the largest place to the smallest,
 * with no separators (广东省广州市海珠区新港东路 1000 号); English from the street to the province, with commas, and
 * the postcode last (1000 Xingang East Rd, Haizhu District, Guangzhou, Guangdong 510335).
 */
export function postalAddress(a: Pick<Address, "province" | "city" | "district" | "street" | "postalCode">, locale: string): string {
  const part = (s: string) => s.trim()
  if (locale.startsWith("zh")) return [a.province, a.city, a.district, a.street].map(part).join("")
  const province = [part(a.province), part(a.postalCode)].filter(Boolean).join(" ")
  return [part(a.street), part(a.district), part(a.city), province].filter(Boolean).join(", ")
}

/** Who receives or collects: the name as the language writes it, and the mobile number. */
export const recipientLine = (a: Pick<Address, "firstName" | "lastName" | "phone">, locale: string) =>
  [personName(a, locale), a.phone].filter(Boolean).join(" · ")

/** An address on one line, as the shop shows it: name · mobile · address. */
export const addressLine = (a: Address, locale: string) => `${recipientLine(a, locale)} · ${postalAddress(a, locale)}`

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()

/** Who collects a pickup at the Guangzhou centre: a name and a mainland mobile number, and the e-mail for the confirmation. */
export function validateContact(form: FormData): {
  contact: Pick<Address, "firstName" | "lastName" | "phone">
  email: string
  errors?: AddressErrors
} {
  const { address, email, errors } = validateAddress(form)
  const contact = { firstName: address.firstName, lastName: address.lastName, phone: address.phone }
  const kept = Object.fromEntries(Object.entries(errors ?? {}).filter(([key]) => ["firstName", "lastName", "phone", "email"].includes(key)))
  return Object.keys(kept).length ? { contact, email, errors: kept } : { contact, email }
}

/**
 * A Chinese delivery address as the checkout asks for it: province, city,
 * district, street, and a mobile number; and the e-mail, except for the
 * account's address book (`withEmail: false`).
 */
export function validateAddress(form: FormData, { withEmail = true } = {}): { address: Address; email: string; errors?: AddressErrors } {
  const errors: AddressErrors = {}
  const address: Address = {
    firstName: text(form, "firstName"),
    lastName: text(form, "lastName"),
    province: text(form, "province"),
    city: text(form, "city"),
    district: text(form, "district"),
    street: text(form, "street"),
    postalCode: text(form, "postalCode"),
    phone: text(form, "phone"),
  }
  const email = text(form, "email")
  for (const key of ["lastName", "firstName", "province", "city", "district", "street"] as const) {
    if (!address[key]) errors[key] = "required"
    else if (address[key].length > 100) errors[key] = "tooLong"
  }
  if (address.postalCode && !/^\d{6}$/.test(address.postalCode)) errors.postalCode = "postalCode"
  const mobile = normalizeMobile(address.phone)
  if (!address.phone) errors.phone = "required"
  else if (!mobile) errors.phone = "mobile"
  else address.phone = mobile
  if (withEmail && !email) errors.email = "required"
  else if (withEmail && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200)) errors.email = "email"
  return Object.keys(errors).length ? { address, email, errors } : { address, email }
}
