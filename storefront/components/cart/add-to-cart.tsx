"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { Link } from "@/i18n/navigation"
import { FormError, Submit } from "@/components/ui/form"
import { refreshVisitorParts } from "@/components/layout/visitor-parts"
import { addToCartAction, type ActionState } from "./actions"
import { announceAdded, useLastAdded } from "./added-announcement"

export function AddToCart({ locale, variantId, available }: { locale: string; variantId: string | null; available: number | null }) {
  const t = useTranslations("product")
  const [state, action] = useActionState<ActionState, FormData>(async (previous, data) => {
    const result = await addToCartAction(previous, data)
    if (result.ok) {
      announceAdded(String(data.get("variantId")))
      // The page stays as it is (a cached page is the same for everyone); only the header's cart changed.
      refreshVisitorParts()
    }
    return result
  }, {})
  const soldOut = available === 0
  const form = useRef<HTMLFormElement>(null)
  // Changes with every success: each is a new message (a new key), so adding the same thing twice is announced twice.
  const added = useLastAdded(variantId)
  useEffect(() => {
    if (added === null && !state.error) return
    // The button was disabled while the cart updated (or the form was mounted anew), which takes focus from it: give
    // it back rather than leave the buyer at the top of the page.
    if (document.activeElement === document.body) form.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus()
  }, [added, state])
  return (
    <form ref={form} action={action} className="mt-6 space-y-3" data-testid="add-to-cart-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variantId" value={variantId ?? ""} />
      <label className="flex items-center gap-3 text-sm">
        <span>{t("quantity")}</span>
        {/* A refused quantity stays as typed (React resets the form after its action): a new key, the typed default. */}
        <input
          key={state.values?.quantity ?? "1"}
          name="quantity"
          type="number"
          min={1}
          max={99}
          defaultValue={state.values?.quantity ?? 1}
          className="w-20 rounded-lg border border-ink/20 px-3 py-2"
        />
      </label>
      <Submit
        pendingLabel={t("adding")}
        testId="add-to-cart"
        className="w-full rounded-full bg-saffron-700 px-6 py-3 font-semibold text-white hover:bg-saffron-500 disabled:opacity-60 sm:w-auto"
      >
        {soldOut ? t("outOfStock") : t("addToCart")}
      </Submit>
      <FormError message={state.error} />
      {/* The live region is there before anything is added: screen readers announce changes to a region they know. */}
      <div role="status" className="text-sm text-green-800" data-testid="add-status">
        {added !== null && (
          <p key={added} data-testid="added">
            {t("added")}{" "}
            <Link href="/cart" className="underline">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
    </form>
  )
}
