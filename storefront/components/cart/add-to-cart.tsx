"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { FormError, Submit } from "@/components/ui/form"
import { addToCartAction, type ActionState } from "./actions"

export function AddToCart({ locale, variantId, available }: { locale: string; variantId: string | null; available: number | null }) {
  const t = useTranslations("product")
  const [state, action] = useActionState<ActionState, FormData>(addToCartAction, {})
  const soldOut = available === 0
  return (
    <form action={action} className="mt-6 space-y-3" data-testid="add-to-cart-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variantId" value={variantId ?? ""} />
      <label className="flex items-center gap-3 text-sm">
        <span>{t("quantity")}</span>
        <input name="quantity" type="number" min={1} max={99} defaultValue={1} className="w-20 rounded-lg border border-ink/20 px-3 py-2" />
      </label>
      <Submit pendingLabel={t("adding")} testId="add-to-cart" className="w-full rounded-full bg-saffron-700 px-6 py-3 font-semibold text-white hover:bg-saffron-500 disabled:opacity-60 sm:w-auto">
        {soldOut ? t("outOfStock") : t("addToCart")}
      </Submit>
      <FormError message={state.error} />
      {state.ok && (
        <p role="status" className="text-sm text-green-800" data-testid="added">
          {t("added")}{" "}
          <Link href="/cart" className="underline">
            {t("viewCart")}
          </Link>
        </p>
      )}
    </form>
  )
}
