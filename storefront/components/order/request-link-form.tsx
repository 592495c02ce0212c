"use client"

import { useActionState } from "react"
import { Field, FormError, Submit } from "@/components/ui/form"
import { requestOrderLinkAction, type RequestLinkState } from "./actions"

/** For a visitor without the order's link: a fresh one, sent to the order's e-mail address. */
export function RequestLinkForm({
  locale,
  orderId,
  labels,
}: {
  locale: string
  orderId: string
  labels: { email: string; hint: string; submit: string; sent: string }
}) {
  const [state, action] = useActionState<RequestLinkState, FormData>(requestOrderLinkAction, {})
  return (
    <form action={action} className="mt-4 max-w-md space-y-3" data-testid="request-order-link">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-ink/70">{labels.hint}</p>
      <Field name="email" type="email" label={labels.email} autoComplete="email" defaultValue={state.email} required />
      <FormError message={state.error} />
      <p role="status" className="text-sm text-emerald-800" data-testid="order-link-sent">
        {state.sent ? labels.sent : ""}
      </p>
      <Submit>{labels.submit}</Submit>
    </form>
  )
}
