import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import { Field } from "../components/form/field"
import { AuthLayout } from "../components/layout/auth-layout"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { signIn, signOut, updateMe } from "../lib/api"
import { ApiError, errorFor, toApiError } from "../lib/errors"
import { useFormSubmit } from "../lib/use-form-submit"
import { actor, setActor, type PartnerActor } from "../lib/sdk"

/** Only a path inside the portal is a place to return to after sign-in (never another site). */
const safeNext = (next: string | null) => (next && next.startsWith("/") && !next.startsWith("//") ? next : "/")

/** The e-mail and password are right, but the account is of the other kind (an exporter's signing in as consulate staff). */
const OTHER_KIND = "other-kind"

/** Signs in, then keeps the language chosen here on the account (so it follows the person to other devices). */
export async function signInAndRemember(email: string, password: string) {
  await signIn(email, password)
  try {
    await updateMe({ locale: currentLocale() })
  } catch (e) {
    if (toApiError(e).status !== 401) return
    await signOut().catch(() => undefined)
    throw new ApiError(OTHER_KIND, 401)
  }
}

const SIGN_IN_FIELDS = ["email", "password"] as const
/** Wrong credentials name no field: the password is what to type again. */
const focusOnRefusal = (error: ApiError) => (error.status === 401 ? "password" : undefined)

export default function SignIn() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [password, setPassword] = useState("")
  const [who, setWho] = useState<PartnerActor>(actor())
  const { error, busy, submit: send } = useFormSubmit(SIGN_IN_FIELDS, focusOnRefusal)
  const notice = params.get("notice")

  async function submit(event: FormEvent) {
    event.preventDefault()
    setActor(who)
    if (await send(() => signInAndRemember(email.trim(), password))) navigate(safeNext(params.get("next")), { replace: true })
  }

  const formMessage =
    error && !error.field
      ? error.message === OTHER_KIND
        ? t(who === "exporter" ? "auth.notExporter" : "auth.notConsulate")
        : error.status === 401
          ? t("auth.wrongCredentials")
          : error.status === 403
            ? error.message || t("auth.suspended")
            : error.status
              ? error.message
              : t("common.networkError")
      : undefined

  return (
    <AuthLayout link={{ to: "/forgot-password", label: t("auth.forgotPassword") }}>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("auth.signInTitle")}>{t("auth.signInTitle")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("auth.signInIntro")}
        </Text>
      </div>
      {notice === "accepted" || notice === "reset" ? (
        <Alert variant="success">{t(notice === "accepted" ? "auth.accepted" : "auth.resetDone")}</Alert>
      ) : null}
      <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
        {formMessage ? (
          <Alert variant="error" role="alert">
            {formMessage}
          </Alert>
        ) : null}
        <fieldset className="flex flex-col gap-y-2">
          <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{t("auth.who")}</legend>
          <div className="flex flex-wrap gap-2">
            {(["exporter", "consulate"] as const).map((option) => (
              <label
                key={option}
                className={`txt-compact-small inline-flex min-h-10 cursor-pointer items-center gap-x-2 rounded-md border px-3 ${
                  who === option ? "border-ui-border-interactive bg-ui-bg-base-pressed" : "border-ui-border-base"
                }`}
              >
                <input type="radio" name="actor" value={option} checked={who === option} onChange={() => setWho(option)} />
                {t(option === "exporter" ? "auth.whoExporter" : "auth.whoConsulate")}
              </label>
            ))}
          </div>
        </fieldset>
        <Field path="email" label={t("auth.email")} error={errorFor(error, "email")}>
          {(control) => (
            <Input {...control} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field path="password" label={t("auth.password")} error={errorFor(error, "password")}>
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" isLoading={busy} className="w-full">
          {t("auth.signIn")}
        </Button>
      </form>
    </AuthLayout>
  )
}
