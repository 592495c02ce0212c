"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Field, FormError, Submit } from "@/components/ui/form"
import { requestPasswordResetAction, resetPasswordAction, type AuthState } from "./actions"

/** Asks for a reset link by e-mail; the answer is the same whether or not the address has an account. */
export function RequestResetForm({ locale }: { locale: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(requestPasswordResetAction, {})
  return (
    <form action={action} className="space-y-3" data-testid="request-reset-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <Field name="email" type="email" label={t("email")} autoComplete="email" inputMode="email" defaultValue={state.email} required />
      <FormError message={state.error} />
      <p role="status" className="text-sm text-emerald-800" data-testid="reset-sent">
        {state.sent ? t("resetSent", { email: state.email ?? "" }) : ""}
      </p>
      <Submit testId="request-reset">{t("resetSend")}</Submit>
    </form>
  )
}

/** The new password, with the e-mailed link's token. */
export function NewPasswordForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(resetPasswordAction, {})
  return (
    <form action={action} className="space-y-3" data-testid="new-password-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" type="password" label={t("passwordNew")} autoComplete="new-password" required />
      <FormError message={state.error} />
      <Submit testId="set-password">{t("setPassword")}</Submit>
    </form>
  )
}
