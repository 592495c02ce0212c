import { useCallback, useState } from "react"
import { focusField } from "../components/form/field"
import { forForm, type ApiError } from "./errors"

/**
 * A form's sending state: `submit` runs the request with the form busy, and on a refusal keeps the error, tied to one
 * of the form's `fields` when the message names it, and moves focus there. Resolves whether the request succeeded.
 */
export function useFormSubmit(fields: string[]) {
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
        focusField(err.field)
        return false
      } finally {
        setBusy(false)
      }
    },
    [fields]
  )
  return { error, setError, busy, submit }
}
