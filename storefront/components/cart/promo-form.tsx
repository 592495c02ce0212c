"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { FormError, Submit } from "@/components/ui/form"
import { Link } from "@/i18n/navigation"
import type { AppliedPromotion, PromotionNotice } from "@/lib/medusa/types"
import { promoAction, type ActionState } from "./actions"

const chip = "rounded-full px-3 py-1 text-sm whitespace-nowrap"

/** Where signing in brings the buyer back to: the cart, or the checkout where the code was entered. */
function SignInLink({ back }: { back: "cart" | "checkout" }) {
  const t = useTranslations("cart")
  return (
    <Link
      href={{ pathname: "/account/login", query: { next: back } }}
      className="mt-1 inline-block text-sm font-medium underline"
      data-testid="promo-sign-in"
    >
      {t("promoSignIn")}
    </Link>
  )
}

/**
 * Promotion codes: enter one, see what is on the cart (codes the buyer may take
 * off; automatic promotions by their name, which stay), and why a code the
 * buyer entered is not on the cart — the backend's reason, with a way on:
 * sign in, apply it again, or dismiss.
 */
export function PromoForm({
  locale,
  promotions,
  notices,
  back = "cart",
}: {
  locale: string
  promotions: AppliedPromotion[]
  notices: PromotionNotice[]
  back?: "cart" | "checkout"
}) {
  const t = useTranslations("cart")
  const [state, action] = useActionState<ActionState, FormData>(promoAction, {})
  return (
    <div className="mt-4">
      <form action={action} className="flex gap-2">
        <input type="hidden" name="locale" value={locale} />
        <label className="sr-only" htmlFor="promo-code">
          {t("promoLabel")}
        </label>
        <input
          id="promo-code"
          name="code"
          maxLength={40}
          defaultValue={state.values?.code}
          placeholder={t("promoLabel")}
          className="w-0 min-w-0 flex-1 rounded-lg border border-ink/20 px-3 py-2 uppercase"
        />
        <Submit testId="apply-promo" className="shrink-0 whitespace-nowrap rounded-full border border-lapis-800 px-4 py-2 text-lapis-800">
          {t("apply")}
        </Submit>
      </form>
      <FormError message={state.error} />
      {promotions.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("promotionsApplied")}>
          {promotions.map((p) =>
            p.automatic ? (
              <li key={p.code} className={`${chip} bg-green-50 text-green-900`} data-testid="automatic-promo" title={t("automaticPromo")}>
                {p.name} · {t("automaticPromo")}
              </li>
            ) : (
              <li key={p.code}>
                <form action={action}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="remove" value={p.code} />
                  <button
                    type="submit"
                    className={`${chip} bg-saffron-100`}
                    data-testid="applied-promo"
                    aria-label={t("removePromo", { code: p.code })}
                  >
                    {p.code} ×
                  </button>
                </form>
              </li>
            ),
          )}
        </ul>
      )}
      {notices.map((n) => (
        <div key={n.code} role="status" className="mt-3 rounded-lg bg-saffron-100/60 px-3 py-2 text-sm" data-testid="promo-notice">
          <p>
            <span className="font-medium">{t("promoNotApplied", { code: n.code })}</span> {n.message}
          </p>
          {n.signInRequired && <SignInLink back={back} />}
          <div className="mt-2 flex gap-2">
            {n.applicable && (
              <form action={action}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="code" value={n.code} />
                <Submit testId="reapply-promo" className={`${chip} border border-lapis-800 text-lapis-800`}>
                  {t("applyAgain")}
                </Submit>
              </form>
            )}
            <form action={action}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="dismiss" value={n.code} />
              <Submit testId="dismiss-promo" className={`${chip} text-ink/70 underline`}>
                {t("dismiss")}
              </Submit>
            </form>
          </div>
        </div>
      ))}
    </div>
  )
}
