import { paymentKind, shipsFromAbroad } from "@bozor/shared"
import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Totals } from "@/components/cart/totals"
import { placeOrderAction } from "@/components/cart/actions"
import { PromoForm } from "@/components/cart/promo-form"
import { CardPayment } from "@/components/checkout/card-payment"
import { CustomsNotice } from "@/components/checkout/customs-notice"
import { AddressForm } from "@/components/checkout/address-form"
import { CustomsForm, DeliveryForm, PaymentForm, PlaceOrder, type DeliveryGroup } from "@/components/checkout/forms"
import { Link } from "@/i18n/navigation"
import { routeLocale } from "@/i18n/locale"
import { addressLine, recipientLine } from "@/lib/address"
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
export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ step?: string }>
}) {
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
  // A China cart has its country from the start, which is all Medusa needs to list the options.
  const choices = (await shippingChoices(locale, cart.id)).filter((c) => (shipsFromAbroad(c.mode) ? hasCrossBorder : hasDomestic))
  const profiles = [...new Set(choices.map((c) => c.profileId))]
  const chosenOptions = new Set(cart.shippingMethods.map((m) => m.optionId))
  const chosen = choices.filter((c) => chosenOptions.has(c.id))
  const deliveryDone = profiles.length > 0 && profiles.every((p) => chosen.some((c) => c.profileId === p))
  // Everything collected at the centre: a name and a mobile number are all the first step needs.
  const pickupOnly = chosen.length > 0 && chosen.every((c) => c.kind === "pickup")
  // Collecting is offered on the first step when every line can be collected (none is mailed from Tashkent).
  const pickupChoice = hasCrossBorder ? undefined : choices.find((c) => c.kind === "pickup" && c.place)

  // Cards need Stripe Elements, which need a publishable key (and Stripe.js from Stripe's servers).
  const publishableKey = process.env.STRIPE_PUBLISHABLE_KEY
  // A parcel mailed from Tashkent is paid online: customs matches the order with its payment record, and its buyer
  // never comes to the counter (the backend refuses it too).
  const providerIds = (await paymentProviders(locale, cart.regionId)).filter(
    (id) =>
      paymentKind(id) !== null && (paymentKind(id) !== "card" || !!publishableKey) && !(hasCrossBorder && paymentKind(id) === "system"),
  )
  const cardPayment =
    !!publishableKey && !!cart.paymentProviderId && paymentKind(cart.paymentProviderId) === "card" && !!cart.paymentClientSecret
  const blocked = customs.overOrderLimit || customs.overAnnualLimit
  // Paying at the centre first: it is what most buyers of Guangzhou stock choose, and the keyboard reaches it first.
  providerIds.sort((a, b) => Number(paymentKind(b) === "system") - Number(paymentKind(a) === "system"))
  const done: Record<Step, boolean> = {
    address: !!cart.email && !!cart.recipient && (!!cart.shippingAddress || pickupOnly),
    delivery: deliveryDone,
    customs: !needsCustoms || (!!customs.identity && customs.payerIsBuyer),
    payment: !!cart.paymentProviderId && providerIds.includes(cart.paymentProviderId),
    review: false,
  }
  const STEPS: Step[] = ["address", "delivery", ...(needsCustoms ? (["customs"] as Step[]) : []), "payment", "review"]
  const firstOpen = STEPS.find((s) => !done[s]) ?? "review"
  const wanted = (await searchParams).step as Step | undefined
  const current = wanted && STEPS.includes(wanted) && STEPS.indexOf(wanted) <= STEPS.indexOf(firstOpen) ? wanted : firstOpen
  const nextAfter = (s: Step) => STEPS[STEPS.indexOf(s) + 1]

  const groups: DeliveryGroup[] = profiles.map((profileId) => {
    const options = choices.filter((c) => c.profileId === profileId)
    const crossBorder = options.some((o) => shipsFromAbroad(o.mode))
    return {
      profileId,
      title: crossBorder ? t("parcelCrossBorder") : t("parcelGuangzhou"),
      selected: options.find((o) => chosenOptions.has(o.id))?.id ?? null,
      options: options.map((o) => ({
        id: o.id,
        label: tt.has(`modes.${o.mode}.name`) ? tt(`modes.${o.mode}.name`) : o.name,
        price: o.amount.amount === 0 ? t("free") : formatMoney(o.amount, locale),
        estimate: tt.has(`modes.${o.mode}.estimate`) ? tt(`modes.${o.mode}.estimate`) : "",
        place: o.place
          ? [o.place.address, o.place.openingHours && `${t("openingHours")} ${o.place.openingHours}`].filter(Boolean).join(" · ")
          : undefined,
      })),
    }
  })
  const providers = providerIds.map((id) => ({
    id,
    label: t(`providers.${paymentKind(id)}.label`),
    hint: t(`providers.${paymentKind(id)}.hint`),
  }))
  const identities = customer ? await listIdentities(locale) : []

  const section = (step: Step, summary: ReactNode, form: ReactNode) => (
    <section
      key={step}
      className="rounded-2xl bg-white p-4 ring-1 ring-ink/10"
      aria-current={current === step ? "step" : undefined}
      data-testid={`step-${step}`}
    >
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
  const recipient = cart.recipient
  const addressSummary =
    pickupOnly && recipient ? (
      <p className="text-sm">
        {t("collectedBy")} {recipientLine(recipient, locale)}
      </p>
    ) : (
      a && <p className="text-sm">{addressLine(a, locale)}</p>
    )
  // A signed-in buyer starts from the first address of their book (the default one) until the cart has its own, and
  // from the account's name and e-mail.
  const me = customer ? { firstName: customer.first_name ?? "", lastName: customer.last_name ?? "", phone: customer.phone ?? "" } : null
  const addressForm = (
    <AddressForm
      locale={locale}
      address={a ?? customer?.addresses[0] ?? recipient ?? me}
      email={cart.email || customer?.email || ""}
      saved={customer?.addresses ?? []}
      signedIn={!!customer}
      pickup={pickupChoice?.place ? { optionId: pickupChoice.id, place: pickupChoice.place } : null}
      receive={pickupOnly ? "pickup" : "delivery"}
    />
  )
  return (
    <div className="grid gap-6 py-6 md:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {!customer && (
          <p className="rounded-2xl bg-white p-4 text-sm ring-1 ring-ink/10" data-testid="checkout-sign-in-offer">
            {t("haveAccount")}{" "}
            <Link
              href={{ pathname: "/account/login", query: { next: "checkout" } }}
              className="font-medium underline"
              data-testid="checkout-sign-in"
            >
              {t("signInHere")}
            </Link>
          </p>
        )}
        {section("address", addressSummary, addressForm)}
        {section(
          "delivery",
          <p className="text-sm">{cart.shippingMethods.map((m) => m.name).join(" · ")}</p>,
          <DeliveryForm locale={locale} groups={groups} next={nextAfter("delivery")} />,
        )}
        {needsCustoms &&
          section(
            "customs",
            customs.identity && <p className="text-sm">{`${customs.identity.realName} · ${customs.identity.idNumber}`}</p>,
            <CustomsForm locale={locale} identities={identities} signedIn={!!customer} />,
          )}
        {section(
          "payment",
          paymentKind(cart.paymentProviderId) && <p className="text-sm">{t(`providers.${paymentKind(cart.paymentProviderId)}.label`)}</p>,
          providers.length ? (
            <PaymentForm locale={locale} providers={providers} selected={cart.paymentProviderId} />
          ) : (
            <p role="alert" className="text-sm" data-testid="no-payment-method">
              {t("noOnlinePayment")}
            </p>
          ),
        )}
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
          </div>,
        )}
      </div>
      <aside className="h-fit rounded-2xl bg-white p-4 ring-1 ring-ink/10">
        <Totals locale={locale} totals={cart} />
        <PromoForm locale={locale} promotions={cart.promotions} notices={cart.promotionNotices} back="checkout" />
      </aside>
    </div>
  )
}
