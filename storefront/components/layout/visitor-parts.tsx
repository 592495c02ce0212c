"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { MiniCart } from "@/components/cart/mini-cart"
import { Link } from "@/i18n/navigation"
import type { VisitorState } from "@/lib/visitor"

/** Asks every mounted header to fetch the visitor's parts again (the cart just changed without a page render). */
const CHANGED = "bozor:visitor-changed"
export const refreshVisitorParts = () => window.dispatchEvent(new Event(CHANGED))

/**
 * The header's personal parts: the account link and the mini-cart. A page rendered for the visitor passes them in
 * (`initial`); a cached page, the same for everyone, passes null and the browser fetches them from /api/visitor. Until
 * they arrive the count is blank and the link offers to sign in. Later answers win over earlier ones, and a page
 * rendered again (a server action's refresh) brings its own.
 */
export function VisitorParts({ locale, initial }: { locale: string; initial: VisitorState | null }) {
  const t = useTranslations("header")
  const [state, setState] = useState(initial)
  const [rendered, setRendered] = useState(initial)
  if (initial !== rendered) {
    setRendered(initial)
    if (initial) setState(initial)
  }
  const asked = useRef(0)

  const needsFetch = initial === null
  useEffect(() => {
    const load = async () => {
      const mine = ++asked.current
      try {
        const response = await fetch(`/api/visitor?locale=${encodeURIComponent(locale)}`, { cache: "no-store" })
        if (response.ok && mine === asked.current) setState(await response.json())
      } catch {
        // The header keeps what it showed; the next page or add tries again.
      }
    }
    if (needsFetch) void load()
    window.addEventListener(CHANGED, load)
    return () => window.removeEventListener(CHANGED, load)
  }, [locale, needsFetch])

  return (
    <>
      <Link href={state?.signedIn ? "/account" : "/account/login"} data-testid="account-link">
        {state?.signedIn ? t("account") : t("signIn")}
      </Link>
      <MiniCart count={state?.count ?? null} subtotal={state?.subtotal ?? null} lines={state?.lines ?? []} />
    </>
  )
}
