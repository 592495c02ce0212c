import { Alert, Button, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { focusField } from "../components/form/field"
import { FormError } from "../components/form/form-error"
import { PageHeading } from "../components/layout/page-heading"
import { CategoryPicker } from "../components/listing/category-picker"
import { Checklist } from "../components/listing/checklist"
import { ContentSection } from "../components/listing/content-section"
import { ImagesSection } from "../components/listing/images-section"
import { ListingStatusBadge } from "../components/listing/status-badge"
import { TradeSection } from "../components/listing/trade-section"
import { VariantsSection } from "../components/listing/variants-section"
import { currentLocale } from "../i18n"
import { formatDateTime } from "../i18n/format"
import * as api from "../lib/api"
import { ApiError, errorFor, forForm } from "../lib/errors"
import { titleFor } from "../lib/listing-title"
import { checkListingForm, editorFieldPaths, emptyListingForm, listingToForm, toListingInput, type ListingForm } from "../lib/listing-form"
import { CONTENT_LOCALES, type Category, type ContentLocale, type Listing } from "../lib/types"

type Busy = "save" | "submit" | "preview" | "archive" | undefined

export default function ListingEditor() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const { id } = useParams()
  const navigate = useNavigate()
  const [listing, setListing] = useState<Listing>()
  const [form, setForm] = useState<ListingForm>(emptyListingForm)
  const [savedForm, setSavedForm] = useState(() => JSON.stringify(emptyListingForm()))
  const [categories, setCategories] = useState<Category[]>([])
  const [loadError, setLoadError] = useState<ApiError>()
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState<Busy>()
  const [tab, setTab] = useState<ContentLocale>(locale === "zh-CN" || locale === "en" ? locale : "ru")
  const [previewUrl, setPreviewUrl] = useState<string>()
  const dirty = JSON.stringify(form) !== savedForm

  /**
   * Takes the backend's listing as the saved state. The form follows it only if the person has not typed since
   * `sent` (the form a save sent, or none for a load): keystrokes made while a request ran are never overwritten.
   */
  const adopt = useCallback((product: Listing, sent?: ListingForm) => {
    const next = listingToForm(product)
    setListing(product)
    setForm((current) => (sent === undefined || current === sent ? next : current))
    setSavedForm(JSON.stringify(next))
  }, [])

  useEffect(() => {
    api.listCategories().then(setCategories, () => setCategories([]))
  }, [])

  useEffect(() => {
    if (!id) return
    setLoadError(undefined)
    api.getListing(id).then(adopt, setLoadError)
  }, [id, adopt])

  // Leaving the page with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [dirty])

  function showError(refusal: ApiError) {
    const err = forForm(refusal, editorFieldPaths(form))
    setError(err)
    const field = err.field
    if (!field) return
    const language = CONTENT_LOCALES.find((l) => field.startsWith(`content.${l}.`))
    if (language) setTab(language)
    // After the tab with the field is rendered.
    setTimeout(() => focusField(field), 0)
  }

  /** Saves the form; the typed values stay as they are when the backend refuses them. */
  async function save(): Promise<Listing | undefined> {
    const problem = checkListingForm(form)
    if (problem) {
      showError(new ApiError(t(problem.key === "invalidPrice" ? "editor.invalidPrice" : "editor.invalidWhole"), 0, problem.field))
      return undefined
    }
    setError(undefined)
    try {
      const input = toListingInput(form, listing)
      const product = listing ? await api.updateListing(listing.id, input) : await api.createListing(input)
      adopt(product, form)
      toast.success(listing ? t("editor.saved") : t("editor.created"))
      if (!listing) navigate(`/listings/${product.id}`, { replace: true })
      return product
    } catch (e) {
      showError(e as ApiError)
      return undefined
    }
  }

  async function act(kind: Busy, work: () => Promise<void>) {
    setBusy(kind)
    try {
      await work()
    } finally {
      setBusy(undefined)
    }
  }

  const onSave = () => act("save", async () => void (await save()))

  const onSubmit = () =>
    act("submit", async () => {
      const saved = dirty || !listing ? await save() : listing
      if (!saved) return
      try {
        setListingState(await api.submitListing(saved.id))
        toast.success(t("editor.submitted"))
      } catch (e) {
        const err = e as ApiError
        // A refusal by the checklist: show the checklist as it stands now, and take the person there.
        showError(err)
        const fresh = await api.getListing(saved.id).catch(() => undefined)
        if (fresh) setListingState(fresh)
        setTimeout(() => document.getElementById("checklist-heading")?.focus(), 0)
      }
    })

  const onPreview = () =>
    act("preview", async () => {
      if (!listing) return
      // Opened before the request so the browser sees it come from the click; pointed at the signed URL after.
      const preview = window.open("", "_blank")
      try {
        const { url } = await api.getPreview(listing.id)
        if (preview) {
          preview.opener = null
          preview.location.href = url
        } else setPreviewUrl(url)
      } catch (e) {
        preview?.close()
        setError(e as ApiError)
      }
    })

  const onArchive = () =>
    act("archive", async () => {
      if (!listing) return
      try {
        setListingState(await api.archiveListing(listing.id))
        toast.success(t("editor.archived"))
      } catch (e) {
        setError(e as ApiError)
      }
    })

  const images = useMemo(
    () => ({
      upload: async (files: File[]) => listing && setListingImages(await api.uploadImages(listing.id, files)),
      reorder: async (ids: string[]) => {
        if (!listing) return
        const byId = new Map(listing.images.map((image) => [image.id, image]))
        setListing({ ...listing, images: ids.map((id) => byId.get(id)!).filter(Boolean) })
        try {
          setListingImages(await api.reorderImages(listing.id, ids))
        } catch (e) {
          setListing(listing)
          throw e
        }
      },
      remove: async (imageId: string) => listing && setListingImages(await api.removeImage(listing.id, imageId)),
    }),
    [listing],
  )

  /** Image changes touch only the images and the checklist: what is being typed elsewhere stays. */
  function setListingImages(product: Listing) {
    setListing((current) =>
      current ? { ...current, images: product.images, checklist: product.checklist, status: product.status } : product,
    )
  }

  /** A submission, a refusal or an archive changes where the listing stands, never the form being edited. */
  function setListingState(product: Listing) {
    setListing((current) =>
      current
        ? { ...current, status: product.status, review: product.review, pending: product.pending, checklist: product.checklist }
        : product,
    )
  }

  if (loadError) {
    return (
      <>
        <Alert variant="error" role="alert">
          {loadError.status === 404 ? t("common.notFound") : loadError.message || t("common.networkError")}
        </Alert>
        <Link to="/listings" className="text-ui-fg-base txt-compact-small underline underline-offset-2">
          {t("editor.backToList")}
        </Link>
      </>
    )
  }
  if (id && !listing) {
    return (
      <Text role="status" className="text-ui-fg-subtle">
        {t("common.loading")}
      </Text>
    )
  }

  const heading = listing
    ? (titleFor(Object.fromEntries(CONTENT_LOCALES.map((l) => [l, form.content[l].title])), locale) ?? t("listings.untitled"))
    : t("editor.newTitle")
  const reviewReason = listing?.status === "changes_requested" ? listing.review?.reason : undefined

  return (
    <form
      className="flex flex-col gap-y-4 pb-24"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void onSave()
      }}
    >
      <Link to="/listings" className="text-ui-fg-subtle txt-compact-small hover:text-ui-fg-base w-fit">
        ← {t("editor.backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <PageHeading title={heading}>{heading}</PageHeading>
        {listing ? <ListingStatusBadge status={listing.status} /> : null}
      </div>

      {reviewReason ? (
        <Alert variant="warning">
          <Text size="small" weight="plus">
            {t("editor.reviewReason")}
          </Text>
          {/* The reviewer's words, as written: React escapes them. */}
          <Text size="small" className="whitespace-pre-line" data-testid="review-reason">
            {reviewReason}
          </Text>
        </Alert>
      ) : null}
      {listing?.pending ? (
        <Alert variant="info">{t("editor.pending", { date: formatDateTime(listing.pending.submitted_at, locale) })}</Alert>
      ) : null}
      {previewUrl ? (
        <Alert variant="info">
          {t("editor.previewBlocked", { url: "" })}
          <a href={previewUrl} target="_blank" rel="noopener noreferrer" className="text-ui-fg-base break-all underline underline-offset-2">
            {previewUrl}
          </a>
        </Alert>
      ) : null}
      <FormError error={error} />

      <ContentSection
        content={form.content}
        onChange={(language, content) => setForm((f) => ({ ...f, content: { ...f.content, [language]: content } }))}
        error={error}
        tab={tab}
        onTab={setTab}
      >
        <CategoryPicker
          categories={categories}
          value={form.category_id}
          onChange={(category_id) => setForm((f) => ({ ...f, category_id }))}
          error={errorFor(error, "category_id")}
        />
      </ContentSection>
      <VariantsSection
        options={form.options}
        variants={form.variants}
        onChange={(options, variants) => setForm((f) => ({ ...f, options, variants }))}
        error={error}
      />
      <ImagesSection
        images={listing?.images ?? []}
        canUpload={Boolean(listing)}
        onUpload={images.upload}
        onReorder={images.reorder}
        onRemove={images.remove}
      />
      <TradeSection trade={form.trade} onChange={(trade) => setForm((f) => ({ ...f, trade }))} error={error} />
      {listing ? <Checklist items={listing.checklist} dirty={dirty} /> : null}

      <div className="bg-ui-bg-base border-ui-border-base fixed inset-x-0 bottom-0 z-20 border-t">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-end gap-2 px-4 py-3">
          {dirty ? (
            <Text size="small" className="text-ui-fg-subtle mr-auto" role="status">
              {t("editor.unsaved")}
            </Text>
          ) : null}
          {listing && listing.status !== "archived" ? (
            <Button
              type="button"
              variant="transparent"
              size="small"
              isLoading={busy === "archive"}
              disabled={Boolean(busy)}
              onClick={() => void onArchive()}
            >
              {t("editor.archive")}
            </Button>
          ) : null}
          {listing ? (
            <Button
              type="button"
              variant="secondary"
              size="small"
              isLoading={busy === "preview"}
              disabled={Boolean(busy)}
              onClick={() => void onPreview()}
            >
              {t("editor.preview")}
            </Button>
          ) : null}
          <Button type="submit" variant="secondary" size="small" isLoading={busy === "save"} disabled={Boolean(busy)}>
            {listing ? t("editor.save") : t("editor.create")}
          </Button>
          {listing &&
          (listing.status === "draft" ||
            listing.status === "changes_requested" ||
            (listing.status === "live" && (dirty || Boolean(listing.pending)))) ? (
            <Button type="button" size="small" isLoading={busy === "submit"} disabled={Boolean(busy)} onClick={() => void onSubmit()}>
              {t("editor.submit")}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  )
}
