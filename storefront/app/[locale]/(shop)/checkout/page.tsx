import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Totals } from "@/components/cart/totals"
import { placeOrderAction } from "@/components/cart/actions"
import { PromoForm } from "@/components/cart/promo-form"
import { CardPayment } from "@/components/checkout/card-payment"
import { CustomsNotice } from "@/components/checkout/customs-notice"
import { AddressForm, CustomsForm, DeliveryForm, PaymentForm, PlaceOrder, type DeliveryGroup } from "@/components/checkout/forms"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { addressLine } from "@/lib/address"
import { formatMoney } from "@/lib/format"
import { customsSituation, paymentProviders, retrieveCart, shippingChoices } from "@/lib/medusa/cart"
import { currentCustomer, listIdentities } from "@/lib/medusa/customer"

export const metadata: Metadata = { robots: { index: false } }

type Step = "address" | "delivery" | "customs" | "payment" | "review"

/**
 * Checkout as a sequence of steps, each a form that saves to the cart: the
 * address, a delivery method per shipping profile (cross-border parcel,
 * Guangzhou stock), the customs identity when there are cross-border lines,
 * the payment method, and the review. A step opens only when those before it
 * are done, so adding a step is adding an entry to STEPS.
 */
export default async function CheckoutPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ step?: string }> }) {
  const locale = await routeLocale(params)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const tt = await getTranslations({ locale, namespace: "trade" })
  const cart = await retrieveCart(locale)
  if (!cart || !cart.lines.length) redirect(`/${locale}/cart`)
  const [customs, customer] = await Promise.all([customsSituation(locale, cart.id), currentCustomer(locale)])
  const needsCustoms = customs.applies && customs.hasCrossBorder

  // Only the profiles of the goods in the cart need a method (a cart of Guangzhou stock has no parcel from Tashkent).
  const hasCrossBorder = cart.lines.some((l) => l.crossBorder)
  const hasDomestic = cart.lines.some((l) => !l.crossBorder)
  const isCrossBorderMode = (mode: string) => mode === "cross_border_mail" || mode === "international_mail"
  const choices = (cart.shippingAddress ? await shippingChoices(locale, cart.id) : []).filter((c) =>
    isCrossBorderMode(c.mode) ? hasCrossBorder : hasDomestic
  )
  const profiles = [...new Set(choices.map((c) => c.profileId))]
  const chosenOptions = new Set(cart.shippingMethods.map((m) => m.optionId))
  const deliveryDone = profiles.length > 0 && profiles.every((p) => choices.some((c) => c.profileId === p && chosenOptions.has(c.id)))

  const done: Record<Step, boolean> = {
    address: !!cart.shippingAddress && !!cart.email,
    delivery: deliveryDone,
    customs: !needsCustoms || (!!customs.identity && customs.payerIsBuyer),
    payment: !!cart.paymentProviderId,
    review: false,
  }
  const STEPS: Step[] = ["address", "delivery", ...(needsCustoms ? (["customs"] as Step[]) : []), "payment", "review"]
  const firstOpen = STEPS.find((s) => !done[s]) ?? "review"
  const wanted = (await searchParams).step as Step | undefined
  const current = wanted && STEPS.includes(wanted) && STEPS.indexOf(wanted) <= STEPS.indexOf(firstOpen) ? wanted : firstOpen
  const nextAfter = (s: Step) => STEPS[STEPS.indexOf(s) + 1]

  const groups: DeliveryGroup[] = profiles.map((profileId) => {
    const options = choices.filter((c) => c.profileId === profileId)
    const crossBorder = options.some((o) => o.mode === "cross_border_mail")
    return {
      profileId,
      title: crossBorder ? t("parcelCrossBorder") : t("parcelGuangzhou"),
      selected: options.find((o) => chosenOptions.has(o.id))?.id ?? null,
      options: options.map((o) => ({
        id: o.id,
        label: tt.has(`modes.${o.mode}.name`) ? tt(`modes.${o.mode}.name`) : o.name,
        price: o.amount.amount === 0 ? t("free") : formatMoney(o.amount, locale),
        estimate: tt.has(`modes.${o.mode}.estimate`) ? tt(`modes.${o.mode}.estimate`) : "",
      })),
    }
  })
  // Cards need Stripe Elements, which need a publishable key (and Stripe.js from Stripe's servers).
  const publishableKey = process.env.STRIPE_PUBLISHABLE_KEY
  const providerIds = (await paymentProviders(locale, cart.regionId)).filter((id) => providerKey(id) !== "card" || !!publishableKey)
  const cardPayment = !!publishableKey && !!cart.paymentProviderId && providerKey(cart.paymentProviderId) === "card" && !!cart.paymentClientSecret
  const blocked = customs.overOrderLimit || customs.overAnnualLimit
  // Paying at the centre first: it is what most buyers of Guangzhou stock choose, and the keyboard reaches it first.
  providerIds.sort((a, b) => Number(providerKey(b) === "system") - Number(providerKey(a) === "system"))
  const providers = providerIds.map((id) => ({ id, label: t(`providers.${providerKey(id)}.label`), hint: t(`providers.${providerKey(id)}.hint`) }))
  const identities = customer ? await listIdentities(locale) : []

  const section = (step: Step, summary: ReactNode, form: ReactNode) => (
    <section key={step} className="rounded-2xl bg-white p-4 ring-1 ring-ink/10" aria-current={current === step ? "step" : undefined} data-testid={`step-${step}`}>
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">
          {STEPS.indexOf(step) + 1}. {t(`steps.${step}`)}
        </h2>
        {done[step] && current !== step && step !== "review" && (
          <Link href={{ pathname: "/checkout", query: { step } }} className="text-sm underline">
            {t("edit")}
          </Link>
        )}
      </div>
      <div className="mt-3">{current === step ? form : done[step] ? summary : null}</div>
    </section>
  )
  const a = cart.shippingAddress
  // A signed-in buyer starts from the first address of their book (the default one) until the cart has its own.
  return (
    <div className="grid gap-6 py-6 md:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {section("address", a && <p className="text-sm">{addressLine(a)}</p>, <AddressForm locale={locale} address={a ?? customer?.addresses[0] ?? null} email={cart.email ?? customer?.email ?? ""} />)}
        {section("delivery", <p className="text-sm">{cart.shippingMethods.map((m) => m.name).join(" · ")}</p>, <DeliveryForm locale={locale} groups={groups} next={nextAfter("delivery")} />)}
        {needsCustoms &&
          section(
            "customs",
            customs.identity && <p className="text-sm">{`${customs.identity.realName} · ${customs.identity.idNumber}`}</p>,
            <CustomsForm locale={locale} identities={identities} signedIn={!!customer} />
          )}
        {section("payment", cart.paymentProviderId && <p className="text-sm">{t(`providers.${providerKey(cart.paymentProviderId)}.label`)}</p>, <PaymentForm locale={locale} providers={providers} selected={cart.paymentProviderId} />)}
        {section(
          "review",
          null,
          <div className="space-y-2 text-sm" data-testid="review">
            <ul>
              {cart.lines.map((l) => (
                <li key={l.id} className="flex justify-between" data-testid="review-line">
                  <span>
                    {l.productTitle} · {l.variantTitle} × {l.quantity}
                  </span>
                  <span data-testid="line-subtotal">{formatMoney(l.subtotal, locale)}</span>
                </li>
              ))}
            </ul>
            <CustomsNotice locale={locale} customs={customs} />
            {cardPayment ? (
              <CardPayment
                locale={locale}
                publishableKey={publishableKey!}
                clientSecret={cart.paymentClientSecret!}
                providerId={cart.paymentProviderId!}
                billing={{ name: a ? `${a.lastName}${a.firstName}` : "", email: cart.email ?? "" }}
                blocked={blocked}
                complete={placeOrderAction}
              />
            ) : (
              <PlaceOrder locale={locale} provider={cart.paymentProviderId ?? ""} blocked={blocked} />
            )}
          </div>
        )}
      </div>
      <aside className="h-fit rounded-2xl bg-white p-4 ring-1 ring-ink/10">
        <Totals locale={locale} totals={cart} />
        <PromoForm locale={locale} promotions={cart.promotions} notices={cart.promotionNotices} back="checkout" />
      </aside>
    </div>
  )
}

/** Message key of a payment provider id (pp_stripe-wechat-pay_stripe → wechat). */
function providerKey(id: string) {
  if (id.includes("wechat")) return "wechat"
  if (id.includes("alipay")) return "alipay"
  if (id.includes("stripe")) return "card"
  return "system"
}
