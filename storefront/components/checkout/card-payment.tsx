"use client"

import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe, type StripeCardElementChangeEvent, type StripeError } from "@stripe/stripe-js"
import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useMemo, useState, type FormEvent } from "react"
import type { ActionState } from "@/components/cart/actions"
import { FormError } from "@/components/ui/form"

/** Completes the cart once the card is authorised (the checkout passes its place-order server action). */
export type CompleteOrder = (prev: ActionState, form: FormData) => Promise<ActionState>

export interface CardPaymentProps {
  locale: string
  publishableKey: string
  /** The client secret of the payment intent Medusa's Stripe provider created for this cart. */
  clientSecret: string
  providerId: string
  billing: { name: string; email: string }
  blocked: boolean
  complete: CompleteOrder
  /** Stripe.js, loaded from Stripe by default; tests hand in their own. */
  stripe?: Promise<Stripe | null>
}

/** Card errors Stripe reports that the shop explains in the buyer's language; others fall back to a general message. */
const KNOWN_ERRORS = new Set([
  "card_declined",
  "insufficient_funds",
  "expired_card",
  "incorrect_cvc",
  "incorrect_number",
  "invalid_number",
  "processing_error",
  "incomplete",
])

/** An intent in one of these states has been authorised: what is left is completing the cart. */
const AUTHORISED = new Set(["requires_capture", "succeeded", "processing"])

/**
 * Card payment through Stripe Elements: the card details go from the
 * buyer's browser to Stripe, never through the shop. The intent is confirmed
 * here with the client secret, then the cart is completed; Medusa's Stripe
 * provider checks the intent's status before it makes the order.
 */
export function CardPayment(props: CardPaymentProps) {
  const t = useTranslations("checkout.card")
  const stripePromise = useMemo(
    () => props.stripe ?? loadStripe(props.publishableKey, { locale: props.locale === "zh-CN" ? "zh" : "en" }).catch(() => null),
    [props.stripe, props.publishableKey, props.locale],
  )
  const [unavailable, setUnavailable] = useState(false)
  useEffect(() => {
    let live = true
    void stripePromise.then((s) => live && setUnavailable(!s))
    return () => {
      live = false
    }
  }, [stripePromise])
  if (unavailable) {
    return (
      <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="card-unavailable">
        {t("unavailable")}
      </p>
    )
  }
  return (
    <Elements stripe={stripePromise}>
      <CardForm {...props} />
    </Elements>
  )
}

function CardForm({ locale, clientSecret, providerId, billing, blocked, complete }: CardPaymentProps) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [card, setCard] = useState<{ ready: boolean; complete: boolean; error?: string }>({ ready: false, complete: false })
  const [paying, setPaying] = useState(false)
  const [payError, setPayError] = useState<string>()
  const [state, completeAction, completing] = useActionState(complete, {})

  const explain = (error: Pick<StripeError, "code" | "decline_code">) => {
    const code = error.decline_code && KNOWN_ERRORS.has(error.decline_code) ? error.decline_code : error.code
    return t(`card.errors.${code && KNOWN_ERRORS.has(code) ? code : "generic"}`)
  }

  const onChange = (event: StripeCardElementChangeEvent) =>
    setCard({ ready: true, complete: event.complete, error: event.error ? explain(event.error) : undefined })

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || blocked || paying) return
    const element = elements.getElement(CardElement)
    if (!element || !card.complete) {
      setPayError(t("card.errors.incomplete"))
      return
    }
    setPaying(true)
    setPayError(undefined)
    try {
      const { error, paymentIntent } = await stripe.confirmCardPayment(clientSecret, {
        payment_method: { card: element, billing_details: billing },
      })
      // A second press after the order failed to complete: the intent is already authorised.
      const intent = paymentIntent ?? (error?.code === "payment_intent_unexpected_state" ? error.payment_intent : undefined)
      if (!intent || !AUTHORISED.has(intent.status)) {
        setPayError(explain(error ?? { code: "generic" }))
        return
      }
      const form = new FormData()
      form.set("locale", locale)
      form.set("provider", providerId)
      startTransition(() => completeAction(form))
    } finally {
      setPaying(false)
    }
  }

  const busy = paying || completing
  return (
    <form onSubmit={pay} className="mt-3 space-y-2" data-testid="card-form" noValidate>
      <label className="block text-sm font-medium" htmlFor="card-element">
        {t("card.label")}
      </label>
      <div className="rounded-lg border border-ink/20 bg-white px-3 py-3" aria-describedby={card.error ? "card-error" : undefined}>
        <CardElement
          id="card-element"
          onChange={onChange}
          onReady={() => setCard((c) => ({ ...c, ready: true }))}
          options={{ hidePostalCode: true }}
        />
      </div>
      <FormError id="card-error" message={card.error} />
      <FormError message={payError ?? state.error} />
      <button
        type="submit"
        disabled={!stripe || !card.ready || busy || blocked}
        aria-busy={busy}
        data-testid="pay-card"
        className="mt-3 w-full rounded-full bg-saffron-700 px-6 py-3 font-semibold text-white disabled:opacity-60"
      >
        {blocked ? t("fixFirst") : busy ? t("card.paying") : t("card.pay")}
      </button>
    </form>
  )
}
