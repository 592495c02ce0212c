import { Alert } from "@medusajs/ui"
import type { ApiError } from "../../lib/errors"

/** A refusal no single field owns (or whose field this form does not show), above the form. */
export function FormError({ error, shownFields = [] }: { error?: ApiError; shownFields?: string[] }) {
  if (!error || (error.field && shownFields.includes(error.field))) return null
  return (
    <Alert variant="error" role="alert">
      {error.message}
    </Alert>
  )
}
