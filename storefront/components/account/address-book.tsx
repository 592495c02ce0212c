"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import { deleteAddressAction, saveAddressAction, type AddressState } from "@/components/account/actions"
import { AddressFields } from "@/components/ui/address-fields"
import { FormError, Submit } from "@/components/ui/form"
import { addressLine } from "@/lib/address"
import type { SavedAddress } from "@/lib/medusa/types"

/** The account's addresses: each can be changed or removed, and a new one added; the checkout starts from the first. */
export function AddressBook({ locale, addresses }: { locale: string; addresses: SavedAddress[] }) {
  const t = useTranslations("account")
  const language = useLocale()
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <div className="space-y-3">
      {addresses.length === 0 && <p className="text-sm">{t("noAddresses")}</p>}
      <ul className="space-y-2 text-sm" data-testid="address-list">
        {addresses.map((a) => (
          <li key={a.id} className="rounded-xl bg-white p-3 ring-1 ring-ink/10" data-testid="saved-address">
            {editing === a.id ? (
              <AddressEditor locale={locale} address={a} onDone={() => setEditing(null)} />
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>{addressLine(a, language)}</span>
                <span className="flex gap-3">
                  <button type="button" className="underline" onClick={() => setEditing(a.id)} data-testid="edit-address">
                    {t("editAddress")}
                  </button>
                  <form action={deleteAddressAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={a.id} />
                    <button
                      type="submit"
                      className="underline"
                      aria-label={t("removeAddressOf", { address: addressLine(a, language) })}
                      data-testid="remove-address"
                    >
                      {t("removeAddress")}
                    </button>
                  </form>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <div className="rounded-xl bg-white p-3 ring-1 ring-ink/10">
          <AddressEditor locale={locale} address={null} onDone={() => setEditing(null)} />
        </div>
      ) : (
        <button
          type="button"
          className="rounded-full px-4 py-2 text-sm ring-1 ring-ink/20"
          onClick={() => setEditing("new")}
          data-testid="add-address"
        >
          {t("addAddress")}
        </button>
      )}
    </div>
  )
}

function AddressEditor({ locale, address, onDone }: { locale: string; address: SavedAddress | null; onDone: () => void }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AddressState, FormData>(saveAddressAction, {})
  useEffect(() => {
    if (state.saved) onDone()
  }, [state.saved, onDone])
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate data-testid="address-editor">
      <input type="hidden" name="locale" value={locale} />
      {address && <input type="hidden" name="id" value={address.id} />}
      <AddressFields address={state.values ?? address} errors={state.fields} />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Submit testId="save-saved-address">{t("saveAddress")}</Submit>
        <button type="button" className="text-sm underline" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FormError message={state.error} />
      </div>
    </form>
  )
}
