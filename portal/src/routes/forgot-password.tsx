import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Field, focusField } from "../components/form/field"
import { FormError } from "../components/form/form-error"
import { AuthLayout } from "../components/layout/auth-layout"
import { PageHeading } from "../components/layout/page-heading"
import { requestPasswordReset } from "../lib/api"
import { ApiError, errorFor, forForm } from "../lib/errors"

export default function ForgotPassword() {
  const { t } = useTranslation()
  const [email, setEmail] = useState("")
  const [busy, setBusy] = useState(false)
  const [sentTo, setSentTo] = useState<string>()
  const [error, setError] = useState<ApiError>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      await requestPasswordReset(email.trim())
      // The same answer whether or not the address has an account: the page does not tell who is a partner.
      setSentTo(email.trim())
    } catch (e) {
      const err = e as ApiError
      setError(forForm(err.field ? err : new ApiError(err.message, err.status, err.status === 400 ? "email" : undefined), ["email"]))
      focusField("email")
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthLayout link={{ to: "/sign-in", label: t("auth.backToSignIn") }}>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("auth.forgotTitle")}>{t("auth.forgotTitle")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("auth.forgotIntro")}
        </Text>
      </div>
      {sentTo ? (
        <Alert variant="success" role="status">
          {t("auth.linkSent", { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
          <FormError error={error} />
          <Field path="email" label={t("auth.email")} error={errorFor(error, "email")}>
            {(control) => <Input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Button type="submit" isLoading={busy} className="w-full">
            {t("auth.sendLink")}
          </Button>
        </form>
      )}
    </AuthLayout>
  )
}
