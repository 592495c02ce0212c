"use client"

import { useTranslations } from "next-intl"
import { useActionState, useOptimistic, useTransition } from "react"
import { FormError } from "@/components/ui/form"
import { updateLineAction, type ActionState } from "./actions"

/** Quantity of one cart line; the new number shows at once while the backend confirms or refuses it. */
export function LineQuantity({ locale, lineId, quantity, title }: { locale: string; lineId: string; quantity: number; title: string }) {
  const t = useTranslations("cart")
  const [state, action] = useActionState<ActionState, FormData>(updateLineAction, {})
  const [shown, setShown] = useOptimistic(quantity)
  const [, startTransition] = useTransition()
  const submit = (next: number) => {
    const form = new FormData()
    form.set("locale", locale)
    form.set("lineId", lineId)
    form.set("quantity", String(next))
    startTransition(() => {
      setShown(next)
      action(form)
    })
  }
  return (
    <div>
      <div className="flex items-center gap-2" role="group" aria-label={t("quantityOf", { title })}>
        <button
          type="button"
          onClick={() => submit(shown - 1)}
          className="h-9 w-9 rounded-full border border-ink/20"
          aria-label={t("decrease")}
        >
          −
        </button>
        <span className="w-8 text-center" aria-live="polite" data-testid="line-quantity">
          {shown}
        </span>
        <button
          type="button"
          onClick={() => submit(shown + 1)}
          className="h-9 w-9 rounded-full border border-ink/20"
          aria-label={t("increase")}
          data-testid="increase"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => submit(0)}
          className="ml-2 shrink-0 whitespace-nowrap text-sm text-red-800 underline"
          data-testid="remove"
        >
          {t("remove")}
        </button>
      </div>
      <FormError message={state.error} />
    </div>
  )
}
