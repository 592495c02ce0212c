import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Field } from "./field"

/** As the partner API requires (backend/src/api/exporter/validators.ts). */
const MIN_PASSWORD_LENGTH = 10

/** The portal's own check before sending: long enough and typed the same twice; undefined when fine. */
export function passwordProblem(password: string, confirmation: string): { field: string; key: string } | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return { field: "password", key: "auth.passwordTooShort" }
  if (password !== confirmation) return { field: "password_confirmation", key: "auth.passwordsDiffer" }
  return undefined
}

export function NewPasswordFields(props: {
  password: string
  confirmation: string
  onPassword: (value: string) => void
  onConfirmation: (value: string) => void
  errorOf: (field: string) => string | undefined
}) {
  const { t } = useTranslation()
  return (
    <>
      <Field path="password" label={t("auth.newPassword")} hint={t("auth.passwordHint")} error={props.errorOf("password")}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            value={props.password}
            onChange={(e) => props.onPassword(e.target.value)}
          />
        )}
      </Field>
      <Field path="password_confirmation" label={t("auth.confirmPassword")} error={props.errorOf("password_confirmation")}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            value={props.confirmation}
            onChange={(e) => props.onConfirmation(e.target.value)}
          />
        )}
      </Field>
    </>
  )
}
