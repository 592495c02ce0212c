import { Alert } from "@medusajs/ui"
import type { ApiError } from "../../lib/errors"

/** A refusal that names no field the form shows (see forForm): above the form, announced. */
export function FormError({ error }: { error?: ApiError }) {
  if (!error || error.field) return null
  return (
    <Alert variant="error" role="alert">
      {error.message}
    </Alert>
  )
}
