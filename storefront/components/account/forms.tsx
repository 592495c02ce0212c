"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Field, FormError, Submit } from "@/components/ui/form"
import { Link } from "@/i18n/navigation"
import { registerAction, saveIdentityAction, signInAction, type AuthState } from "./actions"
import { ID_NUMBER_EXAMPLE } from "@/lib/customs-example"

/** Signing in; a failed attempt keeps the e-mail typed, and the way to a new password is beside it. */
export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(signInAction, {})
  return (
    <form action={action} className="space-y-3" data-testid="sign-in-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field name="email" type="email" label={t("email")} autoComplete="email" defaultValue={state.email} required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <FormError message={state.error} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Submit testId="sign-in">{t("signIn")}</Submit>
        <Link href="/account/reset-password" className="text-sm underline" data-testid="forgot-password">
          {t("forgotPassword")}
        </Link>
      </div>
    </form>
  )
}

export function RegisterForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(registerAction, {})
  return (
    <form action={action} className="space-y-3" data-testid="register-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next ?? ""} />
      <div className="grid grid-cols-2 gap-3">
        <Field name="lastName" label={t("lastName")} autoComplete="family-name" required />
        <Field name="firstName" label={t("firstName")} autoComplete="given-name" required />
      </div>
      <Field name="email" type="email" label={t("email")} autoComplete="email" defaultValue={state.email} required />
      <Field name="password" type="password" label={t("passwordNew")} autoComplete="new-password" required />
      <FormError message={state.error} />
      <Submit testId="register">{t("register")}</Submit>
    </form>
  )
}

export function IdentityForm({ locale }: { locale: string }) {
  const t = useTranslations("customs")
  const [state, action] = useActionState(saveIdentityAction, {})
  const fieldError = (field: "realName" | "idNumber") =>
    state.identityFields?.[field] ? t(`errors.${state.identityFields[field]}`) : undefined
  return (
    <form action={action} className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" data-testid="identity-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <Field
        name="realName"
        label={t("realName")}
        autoComplete="name"
        defaultValue={state.values?.realName}
        error={fieldError("realName")}
      />
      <Field
        name="idNumber"
        label={t("idNumber")}
        placeholder={ID_NUMBER_EXAMPLE}
        defaultValue={state.values?.idNumber}
        error={fieldError("idNumber")}
      />
      <div className="sm:pt-6">
        <Submit testId="add-identity">{t("add")}</Submit>
      </div>
      <div className="sm:col-span-3">
        <FormError message={state.error} />
      </div>
    </form>
  )
}
