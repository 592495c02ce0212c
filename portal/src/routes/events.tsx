import { Button, Checkbox, Container, Heading, Input, Label, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { ProductsField } from "../components/consulate/product-picker"
import { emptyShopText, ShopTextFields, shopTextPaths } from "../components/consulate/shop-text-fields"
import { Field, focusField, NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { createEvent, deleteEvent, listEvents, updateEvent, type EventInput } from "../lib/api"
import { formatBeijing, fromBeijingInput, toBeijingInput } from "../lib/beijing-time"
import { errorFor, type ApiError } from "../lib/errors"
import type { PavilionEvent } from "../lib/types"
import { useFormSubmit } from "../lib/use-form-submit"
import { FormError } from "../components/form/form-error"

const FIELDS = [...shopTextPaths("title"), ...shopTextPaths("body"), "starts_at", "ends_at", "place", "online_url", "product_ids"]

interface Draft {
  title: PavilionEvent["title"]
  body: PavilionEvent["body"]
  starts: string
  ends: string
  place: PavilionEvent["place"]
  online_url: string
  product_ids: string[]
  published: boolean
}

const emptyDraft = (): Draft => ({
  title: emptyShopText(),
  body: emptyShopText(),
  starts: "",
  ends: "",
  place: "centre",
  online_url: "",
  product_ids: [],
  published: true,
})

const draftOf = (e: PavilionEvent): Draft => ({
  title: e.title,
  body: e.body,
  starts: toBeijingInput(e.starts_at),
  ends: toBeijingInput(e.ends_at),
  place: e.place,
  online_url: e.online_url ?? "",
  product_ids: e.product_ids,
  published: e.status === "published",
})

const inputOf = (d: Draft): EventInput => ({
  title: d.title,
  body: d.body,
  starts_at: fromBeijingInput(d.starts),
  ends_at: fromBeijingInput(d.ends),
  place: d.place,
  online_url: d.place === "online" && d.online_url.trim() ? d.online_url.trim() : null,
  product_ids: d.product_ids,
  status: d.published ? "published" : "draft",
})

/**
 * Tastings, exhibition days and livestreams on the pavilion and home pages: when (Beijing time), where (the centre or
 * online), the text in Chinese and English, the products they present. Listed latest first; one is edited at a time.
 */
export default function Events() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const prompt = usePrompt()
  const [events, setEvents] = useState<PavilionEvent[]>()
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft>(emptyDraft())
  const { error, setError, busy, submit } = useFormSubmit(FIELDS)

  const load = useCallback(() => listEvents().then(setEvents, setError), [setError])
  useEffect(() => void load(), [load])

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const edit = (e: PavilionEvent | null) => {
    setError(undefined)
    setEditing(e?.id ?? null)
    setDraft(e ? draftOf(e) : emptyDraft())
    focusField("title.zh-CN")
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    await submit(async () => {
      if (editing) await updateEvent(editing, inputOf(draft))
      else await createEvent(inputOf(draft))
      toast.success(t(editing ? "events.saved" : "events.created"))
      edit(null)
      await load()
    })
  }

  async function remove(e: PavilionEvent) {
    const confirmed = await prompt({
      title: t("events.deleteTitle"),
      description: t("events.deleteConfirm", { title: e.title[locale === "zh-CN" ? "zh-CN" : "en"] }),
      confirmText: t("events.delete"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    try {
      await deleteEvent(e.id)
      toast.success(t("events.deleted"))
      if (editing === e.id) edit(null)
      await load()
    } catch (err) {
      setError(err as ApiError)
    }
  }

  const name = (e: PavilionEvent) => e.title[locale === "zh-CN" ? "zh-CN" : "en"]
  return (
    <>
      <PageHeading title={t("events.title")}>{t("events.title")}</PageHeading>
      <FormError error={error} />
      {events?.length === 0 ? <Text className="text-ui-fg-subtle">{t("events.empty")}</Text> : null}
      <ul className="flex flex-col gap-y-3" aria-label={t("events.list")}>
        {events?.map((e) => (
          <li key={e.id}>
            <Container className="flex flex-col gap-y-2 p-4" data-testid="consulate-event">
              <div className="flex flex-wrap items-center gap-2">
                <Text weight="plus">{name(e)}</Text>
                <StatusBadge color={e.status === "published" ? "green" : "grey"}>{t(`events.status.${e.status}`)}</StatusBadge>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {t("events.when", { from: formatBeijing(e.starts_at, locale), to: formatBeijing(e.ends_at, locale) })} ·{" "}
                {t(`events.places.${e.place}`)}
              </Text>
              <div className="flex flex-wrap gap-2">
                <Button size="small" variant="secondary" aria-label={t("events.editNamed", { title: name(e) })} onClick={() => edit(e)}>
                  {t("events.edit")}
                </Button>
                <Button
                  size="small"
                  variant="danger"
                  aria-label={t("events.deleteNamed", { title: name(e) })}
                  onClick={() => void remove(e)}
                >
                  {t("events.delete")}
                </Button>
              </div>
            </Container>
          </li>
        ))}
      </ul>
      <Container className="flex flex-col gap-y-4 p-4">
        <Heading level="h2">{editing ? t("events.editTitle") : t("events.new")}</Heading>
        <form onSubmit={save} className="flex flex-col gap-y-4" noValidate>
          <ShopTextFields path="title" label={t("events.name")} value={draft.title} onChange={(title) => set({ title })} error={error} />
          <ShopTextFields
            path="body"
            label={t("events.text")}
            value={draft.body}
            onChange={(body) => set({ body })}
            error={error}
            multiline
          />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Field path="starts_at" label={t("events.startsAt")} hint={t("events.beijingHint")} error={errorFor(error, "starts_at")}>
              {(control) => (
                <Input {...control} type="datetime-local" value={draft.starts} onChange={(e) => set({ starts: e.target.value })} />
              )}
            </Field>
            <Field path="ends_at" label={t("events.endsAt")} error={errorFor(error, "ends_at")}>
              {(control) => <Input {...control} type="datetime-local" value={draft.ends} onChange={(e) => set({ ends: e.target.value })} />}
            </Field>
            <Field path="place" label={t("events.place")} error={errorFor(error, "place")}>
              {(control) => (
                <NativeSelect {...control} value={draft.place} onChange={(e) => set({ place: e.target.value as Draft["place"] })}>
                  <option value="centre">{t("events.places.centre")}</option>
                  <option value="online">{t("events.places.online")}</option>
                </NativeSelect>
              )}
            </Field>
            {draft.place === "online" ? (
              <Field
                path="online_url"
                label={t("events.onlineUrl")}
                hint={t("events.onlineUrlHint")}
                optional
                error={errorFor(error, "online_url")}
              >
                {(control) => (
                  <Input
                    {...control}
                    type="url"
                    inputMode="url"
                    value={draft.online_url}
                    onChange={(e) => set({ online_url: e.target.value })}
                  />
                )}
              </Field>
            ) : null}
          </div>
          <ProductsField
            id="event-products"
            label={t("events.products")}
            value={draft.product_ids}
            onChange={(product_ids) => set({ product_ids })}
            onError={setError}
          />
          <div className="flex items-center gap-x-2">
            <Checkbox id="event-published" checked={draft.published} onCheckedChange={(v) => set({ published: v === true })} />
            <Label htmlFor="event-published" size="small">
              {t("events.publish")}
            </Label>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" isLoading={busy}>
              {editing ? t("events.save") : t("events.create")}
            </Button>
            {editing ? (
              <Button type="button" variant="secondary" onClick={() => edit(null)}>
                {t("common.cancel")}
              </Button>
            ) : null}
          </div>
        </form>
      </Container>
    </>
  )
}
