import type { Address } from "./medusa/types"

/** Field → message key (namespace "address.errors"). */
export type AddressErrors = Partial<Record<keyof Address | "email", string>>

/** Mainland mobile numbers: 11 digits starting 13–19, optionally written with +86 and spaces or dashes. */
export function normalizeMobile(value: string): string | null {
  const digits = value.replace(/[\s-]/g, "").replace(/^\+?86/, "")
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/** An address on one line, as the shop shows it: name · mobile · province city district street. */
export const addressLine = (a: Address) => `${a.lastName}${a.firstName} · ${a.phone} · ${a.province}${a.city}${a.district}${a.street}`

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()

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
