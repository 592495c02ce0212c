"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { addressAction, type ActionState } from "@/components/cart/actions"
import { AddressFields } from "@/components/ui/address-fields"
import { Field, FormError, Submit } from "@/components/ui/form"
import { addressLine } from "@/lib/address"
import type { Address, PickupPlace, SavedAddress } from "@/lib/medusa/types"

export type Receive = "delivery" | "pickup"

/**
 * The checkout's first step: who receives the order, and where. Goods from the Guangzhou centre can be collected
 * there, and then only a name and a mobile number are asked; otherwise the delivery address, which a signed-in buyer
 * may take from the address book or add to it.
 */
export function AddressForm({
  locale,
  address,
  email,
  saved,
  signedIn,
  pickup,
  receive,
}: {
  locale: string
  address: Partial<Address> | null
  email: string
  saved: SavedAddress[]
  signedIn: boolean
  /** Offered when every line can be collected at the centre. */
  pickup: { optionId: string; place: PickupPlace } | null
  receive: Receive
}) {
  const t = useTranslations("checkout")
  const te = useTranslations("address")
  const [state, action] = useActionState<ActionState, FormData>(addressAction, {})
  // Radios are uncontrolled (defaultChecked follows the state): React resets a form after its action, and a reset
  // puts each field back to its default, which must be what the buyer chose.
  const [mode, setMode] = useState<Receive>((state.values?.receive as Receive | undefined) ?? (pickup ? receive : "delivery"))
  // Picking a saved address refills the fields (they remount with it as their defaults).
  const [fromBook, setFromBook] = useState<SavedAddress | null>(null)
  const values = state.values ? (state.values as Partial<Address>) : (fromBook ?? address)
  const err = (key: "email") => (state.fields?.[key] ? te(`errors.${state.fields[key]}`) : undefined)
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate data-testid="address-form">
      <input type="hidden" name="locale" value={locale} />
      {pickup && (
        <fieldset className="space-y-2 sm:col-span-2">
          <legend className="font-medium">{t("receiveHow")}</legend>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="receive"
              value="delivery"
              defaultChecked={mode === "delivery"}
              onChange={() => setMode("delivery")}
              className="mt-1"
              data-testid="receive-delivery"
            />
            <span>{t("receiveDelivery")}</span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name="receive"
              value="pickup"
              defaultChecked={mode === "pickup"}
              onChange={() => setMode("pickup")}
              className="mt-1"
              data-testid="receive-pickup"
            />
            <span>{t("receivePickup")}</span>
          </label>
        </fieldset>
      )}
      {pickup && mode === "pickup" && (
        <>
          <input type="hidden" name="pickupOption" value={pickup.optionId} />
          <PickupPlaceCard place={pickup.place} />
        </>
      )}
      <Field
        name="email"
        type="email"
        label={te("email")}
        defaultValue={state.values?.email ?? email}
        autoComplete="email"
        inputMode="email"
        error={err("email")}
      />
      {mode === "delivery" && saved.length > 0 && (
        <fieldset className="space-y-1 sm:col-span-2" data-testid="saved-addresses">
          <legend className="font-medium">{t("savedAddresses")}</legend>
          {saved.map((a) => (
            <label key={a.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="savedAddress"
                value={a.id}
                defaultChecked={fromBook?.id === a.id}
                onChange={() => setFromBook(a)}
                className="mt-1"
                data-testid="saved-address-option"
              />
              <span>{addressLine(a, locale)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <AddressFields key={`${mode}-${fromBook?.id ?? "typed"}`} address={values} errors={state.fields} contactOnly={mode === "pickup"} />
      {mode === "delivery" && signedIn && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            name="saveToBook"
            defaultChecked={state.values ? state.values.saveToBook === "on" : saved.length === 0}
            data-testid="save-to-book"
          />{" "}
          {t("saveToBook")}
        </label>
      )}
      <div className="sm:col-span-2">
        <FormError message={state.error} />
        <Submit testId="save-address">{t("continue")}</Submit>
      </div>
    </form>
  )
}

/** The centre's name, address and opening hours, as the stock location's data says. */
function PickupPlaceCard({ place }: { place: PickupPlace }) {
  const t = useTranslations("checkout")
  return (
    <div className="rounded-xl bg-saffron-50 p-3 text-sm sm:col-span-2" data-testid="pickup-place">
      <p className="font-medium">{place.name}</p>
      <p>{place.address}</p>
      {place.openingHours && (
        <p>
          {t("openingHours")} {place.openingHours}
        </p>
      )}
      <p className="mt-1 text-ink/70">{t("pickupNeeds")}</p>
    </div>
  )
}
