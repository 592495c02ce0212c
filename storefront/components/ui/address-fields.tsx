"use client"

import { useTranslations } from "next-intl"
import { Field } from "@/components/ui/form"
import type { AddressErrors } from "@/lib/address"
import type { Address } from "@/lib/medusa/types"

/**
 * The fields of a mainland address (checkout and address book), each with its translated error; `contactOnly` asks
 * only who receives or collects (a pickup at the centre needs no address).
 */
export function AddressFields({
  address,
  errors,
  contactOnly = false,
}: {
  address: Partial<Address> | null
  errors?: AddressErrors
  contactOnly?: boolean
}) {
  const te = useTranslations("address")
  const err = (key: keyof AddressErrors) => (errors?.[key] ? te(`errors.${errors[key]}`) : undefined)
  const contact = (
    <>
      <Field
        name="phone"
        type="tel"
        label={te("phone")}
        defaultValue={address?.phone}
        autoComplete="tel"
        inputMode="tel"
        placeholder="138 0013 8000"
        error={err("phone")}
      />
      <Field name="lastName" label={te("lastName")} defaultValue={address?.lastName} autoComplete="family-name" error={err("lastName")} />
      <Field
        name="firstName"
        label={te("firstName")}
        defaultValue={address?.firstName}
        autoComplete="given-name"
        error={err("firstName")}
      />
    </>
  )
  if (contactOnly) return contact
  return (
    <>
      {contact}
      <Field
        name="province"
        label={te("province")}
        defaultValue={address?.province}
        autoComplete="address-level1"
        error={err("province")}
      />
      <Field name="city" label={te("city")} defaultValue={address?.city} autoComplete="address-level2" error={err("city")} />
      <Field
        name="district"
        label={te("district")}
        defaultValue={address?.district}
        autoComplete="address-level3"
        error={err("district")}
      />
      <Field
        name="postalCode"
        label={te("postalCode")}
        defaultValue={address?.postalCode}
        autoComplete="postal-code"
        inputMode="numeric"
        error={err("postalCode")}
      />
      <div className="sm:col-span-2">
        <Field name="street" label={te("street")} defaultValue={address?.street} autoComplete="street-address" error={err("street")} />
      </div>
    </>
  )
}
