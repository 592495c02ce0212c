"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { customsAction, paymentAction, placeOrderAction, shippingAction, type ActionState } from "@/components/cart/actions"
import { Field, FormError, Submit } from "@/components/ui/form"
import type { CustomsIdentity } from "@/lib/medusa/types"
import { ID_NUMBER_EXAMPLE } from "@/lib/customs-example"

export interface DeliveryGroup {
  profileId: string
  title: string
  options: { id: string; label: string; price: string; estimate: string; place?: string }[]
  selected: string | null
}

export function DeliveryForm({ locale, groups, next }: { locale: string; groups: DeliveryGroup[]; next: string }) {
  const t = useTranslations("checkout")
  const [state, action] = useActionState<ActionState, FormData>(shippingAction, {})
  return (
    <form action={action} className="space-y-4" data-testid="delivery-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="profiles" value={groups.length} />
      <input type="hidden" name="next" value={next} />
      {groups.map((group) => (
        <fieldset key={group.profileId} className="rounded-xl p-3 ring-1 ring-ink/10">
          <legend className="px-1 font-medium">{group.title}</legend>
          {group.options.map((o) => (
            <label key={o.id} className="flex items-start gap-3 py-1">
              <input
                type="radio"
                name={`option-${group.profileId}`}
                value={o.id}
                defaultChecked={group.selected === o.id || group.options.length === 1}
                onChange={() => undefined}
                className="mt-1"
                data-testid="delivery-option"
                data-label={o.label}
              />
              <span>
                <span className="font-medium">{o.label}</span> · {o.price}
                <span className="block text-sm text-ink/70">{o.estimate}</span>
                {o.place && (
                  <span className="block text-sm text-ink/70" data-testid="delivery-option-place">
                    {o.place}
                  </span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <FormError message={state.error} />
      <Submit testId="save-delivery">{t("continue")}</Submit>
    </form>
  )
}

export function CustomsForm({ locale, identities, signedIn }: { locale: string; identities: CustomsIdentity[]; signedIn: boolean }) {
  const t = useTranslations("customs")
  const [state, action] = useActionState<ActionState, FormData>(customsAction, {})
  const fieldError = (field: "realName" | "idNumber") =>
    state.identityFields?.[field] ? t(`errors.${state.identityFields[field]}`) : undefined
  return (
    <form action={action} className="space-y-3" data-testid="customs-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-ink/80">{t("why")}</p>
      {identities.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="font-medium">{t("saved")}</legend>
          {identities.map((i, n) => (
            <label key={i.id} className="flex items-center gap-2">
              <input
                type="radio"
                name="identityId"
                value={i.id}
                defaultChecked={state.values?.identityId ? state.values.identityId === i.id : n === 0}
              />
              {i.realName} · {i.idNumber}
            </label>
          ))}
          <label className="flex items-center gap-2">
            <input type="radio" name="identityId" value="new" defaultChecked={state.values?.identityId === "new"} />
            {t("useAnother")}
          </label>
        </fieldset>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="realName"
          label={t("realName")}
          autoComplete="name"
          defaultValue={state.values?.realName}
          error={fieldError("realName")}
        />
        <Field
          name="idNumber"
          label={t("idNumber")}
          inputMode="text"
          placeholder={ID_NUMBER_EXAMPLE}
          defaultValue={state.values?.idNumber}
          error={fieldError("idNumber")}
        />
      </div>
      {signedIn && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="save" defaultChecked={state.values?.save === "on"} /> {t("save")}
        </label>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="payerIsBuyer"
          className="mt-1"
          data-testid="payer-is-buyer"
          defaultChecked={state.values?.payerIsBuyer === "on"}
        />{" "}
        {t("declaration")}
      </label>
      <FormError message={state.error} />
      <Submit testId="save-customs">{t("confirm")}</Submit>
    </form>
  )
}

export function PaymentForm({
  locale,
  providers,
  selected,
}: {
  locale: string
  providers: { id: string; label: string; hint: string }[]
  selected: string | null
}) {
  const t = useTranslations("checkout")
  const [state, action] = useActionState<ActionState, FormData>(paymentAction, {})
  return (
    <form action={action} className="space-y-2" data-testid="payment-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend className="sr-only">{t("payment")}</legend>
        {providers.map((p) => (
          <label key={p.id} className="flex items-start gap-3 py-1">
            <input
              type="radio"
              name="provider"
              value={p.id}
              defaultChecked={selected === p.id || providers.length === 1}
              className="mt-1"
              data-testid={`provider-${p.id}`}
            />
            <span>
              <span className="font-medium">{p.label}</span>
              <span className="block text-sm text-ink/70">{p.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormError message={state.error} />
      <Submit testId="save-payment">{t("continue")}</Submit>
    </form>
  )
}

export function PlaceOrder({ locale, provider, blocked }: { locale: string; provider: string; blocked: boolean }) {
  const t = useTranslations("checkout")
  const [state, action] = useActionState<ActionState, FormData>(placeOrderAction, {})
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="provider" value={provider} />
      <FormError message={state.error} />
      <Submit
        testId="place-order"
        pendingLabel={t("placing")}
        className="mt-3 w-full rounded-full bg-saffron-700 px-6 py-3 font-semibold text-white disabled:opacity-60"
      >
        {blocked ? t("fixFirst") : t("placeOrder")}
      </Submit>
    </form>
  )
}
