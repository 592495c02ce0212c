"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { FormError, Submit } from "@/components/ui/form"
import { promoAction, type ActionState } from "./actions"

export function PromoForm({ locale, codes }: { locale: string; codes: string[] }) {
  const t = useTranslations("cart")
  const [state, action] = useActionState<ActionState, FormData>(promoAction, {})
  return (
    <div className="mt-4">
      <form action={action} className="flex gap-2">
        <input type="hidden" name="locale" value={locale} />
        <label className="sr-only" htmlFor="promo-code">
          {t("promoLabel")}
        </label>
        <input id="promo-code" name="code" maxLength={40} placeholder={t("promoLabel")} className="w-0 min-w-0 flex-1 rounded-lg border border-ink/20 px-3 py-2 uppercase" />
        <Submit testId="apply-promo" className="shrink-0 whitespace-nowrap rounded-full border border-lapis-800 px-4 py-2 text-lapis-800">
          {t("apply")}
        </Submit>
      </form>
      <FormError message={state.error} />
      {codes.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {codes.map((code) => (
            <li key={code}>
              <form action={action}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="remove" value={code} />
                <button type="submit" className="rounded-full bg-saffron-100 px-3 py-1 text-sm" data-testid="applied-promo" aria-label={t("removePromo", { code })}>
                  {code} ×
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
