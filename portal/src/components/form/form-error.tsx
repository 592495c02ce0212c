import { Alert } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ApiError } from "../../lib/errors"

/** A failure above a screen's content, announced; a request that never reached the server says so. */
export function ErrorAlert({ error }: { error?: ApiError }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <Alert variant="error" role="alert">
      {error.message || t("common.networkError")}
    </Alert>
  )
}

/** A refusal that names no field the form shows (see forForm): above the form. One that names a field is shown there. */
export function FormError({ error }: { error?: ApiError }) {
  return error && !error.field ? <ErrorAlert error={error} /> : null
}
