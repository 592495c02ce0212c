import { Alert, Button, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { focusField } from "../components/form/field"
import { FormError } from "../components/form/form-error"
import { NewPasswordFields, passwordProblem } from "../components/form/new-password"
import { AuthLayout } from "../components/layout/auth-layout"
import { PageHeading } from "../components/layout/page-heading"
import { resetPassword } from "../lib/api"
import { ApiError, errorFor } from "../lib/errors"
import { useFormSubmit } from "../lib/use-form-submit"

/** The page the reset e-mail links to: `?token=…&email=…`. */
const PASSWORD_FIELDS = ["password", "password_confirmation"] as const

export default function ResetPassword() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  const [password, setPassword] = useState("")
  const [confirmation, setConfirmation] = useState("")
  const { error, setError, busy, submit: send } = useFormSubmit(PASSWORD_FIELDS)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const problem = passwordProblem(password, confirmation)
    if (problem) {
      setError(new ApiError(t(problem.key), 0, problem.field))
      return focusField(problem.field)
    }
    if (await send(() => resetPassword(token, email, password)))
      navigate(`/sign-in?notice=reset&email=${encodeURIComponent(email)}`, { replace: true })
  }

  return (
    <AuthLayout link={{ to: "/forgot-password", label: t("auth.forgotPassword") }}>
      <PageHeading title={t("auth.resetTitle")}>{t("auth.resetTitle")}</PageHeading>
      {!token || !email ? (
        <Alert variant="error">{t("auth.resetLinkInvalid")}</Alert>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
          <Text size="small" className="text-ui-fg-subtle">
            {email}
          </Text>
          <FormError error={error} />
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            errorOf={(field) => errorFor(error, field)}
          />
          <Button type="submit" isLoading={busy} className="w-full">
            {t("auth.setPassword")}
          </Button>
        </form>
      )}
    </AuthLayout>
  )
}
