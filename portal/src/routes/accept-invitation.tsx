import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { Field, focusField } from "../components/form/field"
import { FormError } from "../components/form/form-error"
import { NewPasswordFields, passwordProblem } from "../components/form/new-password"
import { AuthLayout } from "../components/layout/auth-layout"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale, isUiLocale, rememberedLocale, setLocale } from "../i18n"
import { formatDate } from "../i18n/format"
import { acceptInvitation, getInvitation } from "../lib/api"
import { ApiError, errorFor, forForm } from "../lib/errors"
import { setActor } from "../lib/sdk"
import type { InvitationPreview } from "../lib/types"
import { signInAndRemember } from "./sign-in"

/** The invitation e-mail's link: `?token=…`. Accepting sets the name and password, then signs the person in. */
export default function AcceptInvitation() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const [invitation, setInvitation] = useState<InvitationPreview>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [firstName, setFirstName] = useState("")
  const [lastName, setLastName] = useState("")
  const [password, setPassword] = useState("")
  const [confirmation, setConfirmation] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()

  useEffect(() => {
    if (!token) return setLoadError(new ApiError("", 404))
    // The link names which partner the invitation is for (the consulate's say actor=consulate).
    setActor(params.get("actor") === "consulate" ? "consulate" : "exporter")
    getInvitation(token).then(async (preview) => {
      // The e-mail was written in the language the inviter chose; the page follows it unless this browser has one.
      if (!rememberedLocale() && isUiLocale(preview.locale)) await setLocale(preview.locale)
      setInvitation(preview)
    }, setLoadError)
  }, [token, params])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const problem = passwordProblem(password, confirmation)
    if (problem) {
      setError(new ApiError(t(problem.key), 0, problem.field))
      return focusField(problem.field)
    }
    setBusy(true)
    setError(undefined)
    try {
      const { email } = await acceptInvitation({ token, password, first_name: firstName.trim(), last_name: lastName.trim() })
      try {
        await signInAndRemember(email, password)
        navigate("/", { replace: true })
      } catch {
        navigate(`/sign-in?notice=accepted&email=${encodeURIComponent(email)}`, { replace: true })
      }
    } catch (e) {
      const err = forForm(e as ApiError, ["first_name", "last_name", "password", "password_confirmation"])
      if (err.status === 404 || err.status === 410) setLoadError(err)
      setError(err)
      focusField(err.field)
    } finally {
      setBusy(false)
    }
  }

  const title = invitation
    ? t("auth.acceptTitle", { exporter: (invitation.exporter ?? invitation.consulate)?.name ?? "" })
    : t("auth.signInTitle")
  return (
    <AuthLayout link={{ to: "/sign-in", label: t("auth.backToSignIn") }}>
      <PageHeading title={title}>{title}</PageHeading>
      {loadError ? (
        <Alert variant="error" role="alert">
          {loadError.status === 410
            ? t("auth.invitationExpired")
            : loadError.status === 404
              ? t("auth.invitationUnknown")
              : loadError.message || t("common.networkError")}
        </Alert>
      ) : !invitation ? (
        <Text role="status">{t("common.loading")}</Text>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
          <Text size="small" className="text-ui-fg-subtle">
            {t("auth.acceptIntro", { email: invitation.email })}{" "}
            {t("auth.invitationExpires", { date: formatDate(invitation.expires_at, currentLocale()) })}
          </Text>
          <FormError error={error} />
          <Field path="first_name" label={t("auth.firstName")} error={errorFor(error, "first_name")}>
            {(control) => <Input {...control} autoComplete="given-name" value={firstName} onChange={(e) => setFirstName(e.target.value)} />}
          </Field>
          <Field path="last_name" label={t("auth.lastName")} error={errorFor(error, "last_name")}>
            {(control) => <Input {...control} autoComplete="family-name" value={lastName} onChange={(e) => setLastName(e.target.value)} />}
          </Field>
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            errorOf={(field) => errorFor(error, field)}
          />
          <Button type="submit" isLoading={busy} className="w-full">
            {t("auth.createAccount")}
          </Button>
        </form>
      )}
    </AuthLayout>
  )
}
