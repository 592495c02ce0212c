import { Button, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { currentLocale } from "../../i18n"
import { findProducts } from "../../lib/api"
import { titleFor } from "../../lib/listing-title"
import type { ApiError } from "../../lib/errors"
import type { CatalogProduct } from "../../lib/types"
import { Field } from "../form/field"

/**
 * Products picked from the exporters' published catalog: the picked ones by name with a button to take each off,
 * and a search by words of the title whose results each have a button to add. Every button names its product, so
 * a screen reader or a keyboard user knows which one it acts on.
 */
export function ProductPicker(props: {
  id: string
  /** What the products are picked for (the section's title): names the search, as a page may hold several pickers. */
  label: string
  picked: string[]
  onAdd: (product: CatalogProduct) => Promise<void> | void
  onRemove: (productId: string) => Promise<void> | void
  onError: (error: ApiError) => void
}) {
  const { t } = useTranslation()
  const [named, setNamed] = useState<CatalogProduct[]>([])
  const [q, setQ] = useState("")
  const [results, setResults] = useState<CatalogProduct[]>()
  const [busy, setBusy] = useState(false)
  const key = props.picked.join(",")

  useEffect(() => {
    findProducts({ id: props.picked }).then(setNamed, props.onError)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  async function search() {
    setBusy(true)
    try {
      setResults(await findProducts({ q: q.trim() }))
    } catch (e) {
      props.onError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  // Titles in the portal's language where the exporter wrote one (Russian for Uzbek), else the base title.
  const nameOf = (p: CatalogProduct) => titleFor(p.titles, currentLocale()) ?? p.title
  const title = (id: string) => {
    const product = named.find((p) => p.id === id)
    return product ? nameOf(product) : id
  }
  const label = (p: CatalogProduct) => `${nameOf(p)} · ${p.exporter.name}`
  return (
    <div className="flex flex-col gap-y-3">
      {props.picked.length ? (
        <ul className="flex flex-col gap-y-2" aria-label={t("picker.picked")} data-testid={`${props.id}-picked`}>
          {props.picked.map((id) => (
            <li key={id} className="flex flex-wrap items-center justify-between gap-2">
              <Text size="small">{title(id)}</Text>
              <Button
                type="button"
                size="small"
                variant="transparent"
                aria-label={t("picker.removeNamed", { title: title(id) })}
                onClick={() => void props.onRemove(id)}
              >
                {t("picker.remove")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("picker.none")}
        </Text>
      )}
      {/* Not a form of its own: the picker also sits inside other forms (an event's). Enter searches. */}
      <div role="search" aria-label={props.label} className="flex flex-col gap-y-2 sm:flex-row sm:items-end sm:gap-x-2">
        <div className="grow">
          <Field path={`${props.id}-search`} label={t("picker.search")} hint={t("picker.searchHint")}>
            {(control) => (
              <Input
                {...control}
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== "Enter") return
                  e.preventDefault()
                  void search()
                }}
              />
            )}
          </Field>
        </div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          isLoading={busy}
          className="self-start sm:mb-6"
          onClick={() => void search()}
        >
          {t("picker.find")}
        </Button>
      </div>
      {results ? (
        results.length ? (
          <ul className="flex flex-col gap-y-2" aria-label={t("picker.results")} aria-live="polite">
            {results.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                <Text size="small">{label(p)}</Text>
                {props.picked.includes(p.id) ? (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("picker.alreadyPicked")}
                  </Text>
                ) : (
                  <Button
                    type="button"
                    size="small"
                    variant="secondary"
                    aria-label={t("picker.addNamed", { title: nameOf(p) })}
                    onClick={() => void props.onAdd(p)}
                  >
                    {t("picker.add")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Text size="small" aria-live="polite">
            {t("picker.noResults")}
          </Text>
        )
      ) : null}
    </div>
  )
}

/**
 * A form's products, picked by name: the ids are the field's value (each once), the legend says what they are for and
 * names the search; the backend's refusal of the list shows below it.
 */
export function ProductsField(props: {
  id: string
  label: string
  hint?: string
  value: string[]
  onChange: (productIds: string[]) => void
  error?: string
  onError: (error: ApiError) => void
  className?: string
}) {
  return (
    <fieldset className={`flex flex-col gap-y-2 ${props.className ?? ""}`}>
      <legend className="txt-compact-small-plus text-ui-fg-base mb-1">{props.label}</legend>
      {props.hint ? (
        <Text size="small" className="text-ui-fg-subtle">
          {props.hint}
        </Text>
      ) : null}
      <ProductPicker
        id={props.id}
        label={props.label}
        picked={props.value}
        onAdd={(p) => props.onChange([...new Set([...props.value, p.id])])}
        onRemove={(productId) => props.onChange(props.value.filter((id) => id !== productId))}
        onError={props.onError}
      />
      {props.error ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {props.error}
        </Text>
      ) : null}
    </fieldset>
  )
}
