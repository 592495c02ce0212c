"use server"

import { refresh, revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { readId, readLocale, readShopPath, readText, refusal } from "@/lib/action-input"
import { validateAddress, type AddressErrors } from "@/lib/address"
import type { Address } from "@/lib/medusa/types"
import * as customer from "@/lib/medusa/customer"
import { identityError, identityProblems, type IdentityProblems } from "@/lib/customs-input"
import { resetTokenState } from "@/lib/reset-token"

export interface AuthState {
  error?: string
  /** What was typed in the e-mail field, given back with an error so the buyer need not type it again. */
  email?: string
  /** A reset link was asked for (the answer is the same whether or not the address has an account). */
  sent?: boolean
}

/** Longest e-mail address (RFC 5321) and password the forms accept. */
const EMAIL_MAX = 254
const PASSWORD_MAX = 200
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * What signing in and registering read first: the language, the shop page to go to afterwards, the e-mail and the
 * password; or the refusal of a field a buyer's browser cannot have sent.
 */
async function readCredentials(form: FormData) {
  const locale = readLocale(form)
  if (!locale) return { refused: { error: await refusal(locale, "locale") } }
  const next = form.get("next") ? readShopPath(form, "next") : "account"
  if (!next) return { refused: { error: await refusal(locale, "next") } }
  const t = await getTranslations({ locale, namespace: "errors" })
  const email = readText(form, "email", EMAIL_MAX)
  if (email === undefined) return { refused: { error: await refusal(locale, "email") } }
  const password = String(form.get("password") ?? "")
  return { locale, next, t, email, password }
}

export async function signInAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const read = await readCredentials(form)
  if (read.refused) return read.refused
  const { locale, next, t, email, password } = read
  if (password.length > PASSWORD_MAX) return { error: t("passwordLong", { max: PASSWORD_MAX }), email }
  if (!email || !password) return { error: t("signInMissing"), email }
  try {
    await customer.signIn(email, password)
  } catch {
    return { error: t("signInFailed"), email }
  }
  refresh()
  redirect(`/${locale}/${next}`)
}

export async function registerAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const read = await readCredentials(form)
  if (read.refused) return read.refused
  const { locale, next, t, email, password } = read
  const lastName = readText(form, "lastName", 100)
  if (lastName === undefined) return { error: await refusal(locale, "lastName") }
  const firstName = readText(form, "firstName", 100)
  if (firstName === undefined) return { error: await refusal(locale, "firstName") }
  if (!EMAIL.test(email)) return { error: t("emailInvalid"), email }
  if (password.length < 8) return { error: t("passwordShort"), email }
  if (password.length > PASSWORD_MAX) return { error: t("passwordLong", { max: PASSWORD_MAX }), email }
  if (!lastName || !firstName) return { error: t("nameMissing"), email }
  try {
    await customer.register({ email, password, firstName, lastName })
  } catch (e) {
    return { error: /exist/i.test(String((e as Error).message)) ? t("emailTaken") : t("generic"), email }
  }
  refresh()
  redirect(`/${locale}/${next}`)
}

const RESET_TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/

/** Asks for a reset link by e-mail; says the same whether or not the address has an account. */
export async function requestPasswordResetAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  const email = readText(form, "email", EMAIL_MAX)
  if (email === undefined) return { error: await refusal(locale, "email") }
  if (!EMAIL.test(email)) return { error: t("emailInvalid"), email }
  try {
    await customer.requestPasswordReset(locale, email)
  } catch (e) {
    return { error: (e as { status?: number }).status === 429 ? t("resetTooMany") : t("generic"), email }
  }
  return { sent: true, email }
}

/** Sets the new password with the e-mailed token, then sends the buyer to sign in with it. */
export async function resetPasswordAction(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const t = await getTranslations({ locale, namespace: "errors" })
  const token = String(form.get("token") ?? "")
  if (token.length > 4096 || !RESET_TOKEN.test(token)) return { error: t("resetUsed") }
  const password = String(form.get("password") ?? "")
  if (password.length < 8) return { error: t("passwordShort") }
  if (password.length > PASSWORD_MAX) return { error: t("passwordLong", { max: PASSWORD_MAX }) }
  if (resetTokenState(token) === "expired") return { error: t("resetExpired") }
  try {
    await customer.resetPassword(locale, token, password)
  } catch (e) {
    if ((e as { status?: number }).status !== 401) return { error: t("generic") }
    // Medusa says only "Invalid token": the token's own expiry tells a link that ran out from one already used.
    return { error: resetTokenState(token) === "expired" ? t("resetExpired") : t("resetUsed") }
  }
  redirect(`/${locale}/account/login?reset=done`)
}

/** A form action with no state to report to: a refused request changes nothing (the shop's own form never sends one). */
export async function signOutAction(form: FormData) {
  const locale = readLocale(form)
  if (!locale) return
  await customer.signOut()
  refresh()
  redirect(`/${locale}`)
}

export async function saveIdentityAction(
  _prev: AuthState,
  form: FormData,
): Promise<AuthState & { identityFields?: IdentityProblems; values?: Record<string, string> }> {
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const realName = String(form.get("realName") ?? "").trim()
  const idNumber = String(form.get("idNumber") ?? "").trim()
  const values = { realName, idNumber }
  // Each empty or oversized field is named before anything goes to the backend, which checks the rules themselves.
  const problems = identityProblems(realName, idNumber)
  if (problems) return { error: await identityError(locale, problems), identityFields: problems, values }
  try {
    await customer.saveIdentity(locale, realName, idNumber)
  } catch (e) {
    return { error: (e as Error).message, values }
  }
  revalidatePath(`/${locale}/account`)
  return {}
}

/** Removes a saved customs identity (orders declared under it keep their declarations). */
export async function deleteIdentityAction(form: FormData) {
  const locale = readLocale(form)
  const id = readId(form, "id", "customsIdentity")
  if (!locale || !id) return
  await customer.deleteIdentity(locale, id)
  revalidatePath(`/${locale}/account`)
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
  const locale = readLocale(form)
  if (!locale) return { error: await refusal(locale, "locale") }
  const id = form.get("id") ? readId(form, "id", "customerAddress") : undefined
  if (form.get("id") && !id) return { error: await refusal(locale, "id") }
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
  const locale = readLocale(form)
  const id = readId(form, "id", "customerAddress")
  if (!locale || !id) return
  await customer.deleteAddress(locale, id)
  revalidatePath(`/${locale}/account`)
}
