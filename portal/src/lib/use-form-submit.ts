import { useCallback, useState } from "react"
import { focusField } from "../components/form/field"
import { forForm, type ApiError } from "./errors"

/**
 * A form's sending state: `submit` runs the request with the form busy, and on a refusal keeps the error, tied to one
 * of the form's `fields` when the message names it, and moves focus there (or to the field `unnamed` picks for a
 * refusal that names none). Resolves whether the request succeeded.
 */
export function useFormSubmit(fields: readonly string[], unnamed?: (error: ApiError) => string | undefined) {
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const submit = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true)
      setError(undefined)
      try {
        await work()
        return true
      } catch (e) {
        const err = forForm(e as ApiError, fields)
        setError(err)
        focusField(err.field ?? unnamed?.(err))
        return false
      } finally {
        setBusy(false)
      }
    },
    [fields, unnamed],
  )
  return { error, setError, busy, submit }
}
