"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { validateAddress, type AddressErrors } from "@/lib/address"
import type { Address } from "@/lib/medusa/types"
import * as customer from "@/lib/medusa/customer"

export interface AuthState {
  error?: string
}

export async function signInAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = String(form.get("locale"))
  const t = await getTranslations({ locale, namespace: "errors" })
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { error: t("signInMissing") }
  try {
    await customer.signIn(email, password)
  } catch {
    return { error: t("signInFailed") }
  }
  revalidatePath(`/${locale}`, "layout")
  redirect(`/${locale}/${String(form.get("next") || "account")}`)
}

export async function registerAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = String(form.get("locale"))
  const t = await getTranslations({ locale, namespace: "errors" })
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  const lastName = String(form.get("lastName") ?? "").trim()
  const firstName = String(form.get("firstName") ?? "").trim()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { error: t("emailInvalid") }
  if (password.length < 8) return { error: t("passwordShort") }
  if (!lastName || !firstName) return { error: t("nameMissing") }
  try {
    await customer.register({ email, password, firstName, lastName })
  } catch (e) {
    return { error: /exist/i.test(String((e as Error).message)) ? t("emailTaken") : t("generic") }
  }
  revalidatePath(`/${locale}`, "layout")
  redirect(`/${locale}/account`)
}

export async function signOutAction(form: FormData) {
  const locale = String(form.get("locale"))
  await customer.signOut()
  revalidatePath(`/${locale}`, "layout")
  redirect(`/${locale}`)
}

export async function saveIdentityAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = String(form.get("locale"))
  try {
    await customer.saveIdentity(locale, String(form.get("realName") ?? ""), String(form.get("idNumber") ?? ""))
  } catch (e) {
    return { error: (e as Error).message }
  }
  revalidatePath(`/${locale}/account`)
  return {}
}

export interface AddressState {
  error?: string
  fields?: AddressErrors
  /** What was typed, given back with an error (React resets the form after its action). */
  values?: Address
  saved?: number
}

/** Adds an address to the book, or changes one (`id`); the same checks as the checkout's address step. */
export async function saveAddressAction(_prev: AddressState, form: FormData): Promise<AddressState> {
  const locale = String(form.get("locale"))
  const id = String(form.get("id") ?? "") || undefined
  const { address, errors } = validateAddress(form, { withEmail: false })
  if (errors) return { fields: errors, values: address }
  try {
    await customer.saveAddress(locale, address, id)
  } catch {
    const t = await getTranslations({ locale, namespace: "errors" })
    return { error: t("generic"), values: address }
  }
  revalidatePath(`/${locale}/account`)
  return { saved: Date.now() }
}

export async function deleteAddressAction(form: FormData) {
  const locale = String(form.get("locale"))
  await customer.deleteAddress(locale, String(form.get("id")))
  revalidatePath(`/${locale}/account`)
}
