"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
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
