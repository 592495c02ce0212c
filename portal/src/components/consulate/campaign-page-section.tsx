import { Button, Checkbox, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { campaignPagePreview, campaignPagesOf, createCampaignPage, updateCampaignPage, uploadCampaignHero } from "../../lib/api"
import { errorFor, type ApiError } from "../../lib/errors"
import { checkImages, IMAGE_TYPES } from "../../lib/images"
import type { Campaign, CampaignPage, ShopText } from "../../lib/types"
import { Field } from "../form/field"
import { emptyShopText, ShopTextFields, shopTextPaths } from "./shop-text-fields"
import { useFormSubmit } from "../../lib/use-form-submit"
import { FormError } from "../form/form-error"

const PAGE_FIELDS = ["slug", ...shopTextPaths("title"), ...shopTextPaths("body"), "ends_at"]

/**
 * The campaign's page in the shop: its address, title and text in Chinese and English, its hero picture, and
 * whether it is published. It takes the campaign's window (ending the campaign ends the page). A draft is seen
 * through a preview link before it is published.
 */
export function CampaignPageSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const [page, setPage] = useState<CampaignPage | null>()
  const [slug, setSlug] = useState(campaign.identifier)
  const [title, setTitle] = useState<ShopText>(emptyShopText())
  const [body, setBody] = useState<ShopText>(emptyShopText())
  const [published, setPublished] = useState(true)
  const { error, setError, busy, submit } = useFormSubmit(PAGE_FIELDS)
  const [preview, setPreview] = useState<string>()
  const file = useRef<HTMLInputElement>(null)

  const show = useCallback((next: CampaignPage | null) => {
    setPage(next)
    if (!next) return
    setSlug(next.slug)
    setTitle(next.title)
    setBody(next.body)
    setPublished(next.status === "published")
  }, [])

  useEffect(() => {
    campaignPagesOf(campaign.id).then((pages) => show(pages[0] ?? null), setError)
  }, [campaign.id, show, setError])

  const run = (work: () => Promise<CampaignPage>, done: string) =>
    submit(async () => {
      show(await work())
      toast.success(done)
    })

  function save(event: FormEvent) {
    event.preventDefault()
    const fields = { slug: slug.trim(), title, body, status: published ? ("published" as const) : ("draft" as const) }
    void run(
      () =>
        page
          ? updateCampaignPage(page.id, fields)
          : createCampaignPage({ ...fields, campaign_id: campaign.id, starts_at: campaign.starts_at!, ends_at: campaign.ends_at! }),
      t("campaignPage.saved"),
    )
  }

  function chooseHero(files: File[]) {
    if (file.current) file.current.value = ""
    const { accepted, refused } = checkImages(files)
    if (refused.length) {
      setError({ message: t(refused[0].problem === "type" ? "campaignPage.heroWrongType" : "campaignPage.heroTooLarge") } as ApiError)
      return
    }
    if (page && accepted[0]) void run(() => uploadCampaignHero(page.id, accepted[0]), t("campaignPage.heroSaved"))
  }

  async function openPreview() {
    if (!page) return
    try {
      setPreview((await campaignPagePreview(page.id)).url)
    } catch (e) {
      setError(e as ApiError)
    }
  }

  if (page === undefined) return null
  return (
    <Container className="flex flex-col gap-y-4 p-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2" id="campaign-page-title">
          {t("campaignPage.title")}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {page ? t(page.status === "published" ? "campaignPage.isPublished" : "campaignPage.isDraft") : t("campaignPage.none")}
        </Text>
      </div>
      <FormError error={error} />
      <form onSubmit={save} className="flex flex-col gap-y-4" noValidate>
        <Field path="slug" label={t("campaignPage.slug")} hint={t("campaignPage.slugHint")} error={errorFor(error, "slug")}>
          {(control) => <Input {...control} value={slug} onChange={(e) => setSlug(e.target.value)} />}
        </Field>
        <ShopTextFields path="title" label={t("campaignPage.heading")} value={title} onChange={setTitle} error={error} />
        <ShopTextFields path="body" label={t("campaignPage.text")} value={body} onChange={setBody} error={error} multiline />
        <div className="flex items-center gap-x-2">
          <Checkbox id="campaign-page-published" checked={published} onCheckedChange={(v) => setPublished(v === true)} />
          <Label htmlFor="campaign-page-published" size="small">
            {t("campaignPage.publish")}
          </Label>
        </div>
        <Button type="submit" size="small" isLoading={busy} className="self-start">
          {t(page ? "campaignPage.save" : "campaignPage.create")}
        </Button>
      </form>
      {page ? (
        <div className="flex flex-col gap-y-3 border-t border-ui-border-base pt-4">
          <Heading level="h3">{t("campaignPage.hero")}</Heading>
          {page.hero_image_url ? (
            <img
              src={page.hero_image_url}
              alt={t("campaignPage.heroCurrent")}
              className="max-h-48 w-full max-w-md rounded-md object-cover"
            />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              {t("campaignPage.noHero")}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle" id="campaign-hero-hint">
            {t("campaignPage.heroHint")}
          </Text>
          <input
            ref={file}
            id="campaign-hero-file"
            type="file"
            accept={IMAGE_TYPES.join(",")}
            className="sr-only"
            aria-label={t("campaignPage.heroUpload")}
            onChange={(e) => chooseHero(Array.from(e.target.files ?? []))}
          />
          <Button
            type="button"
            variant="secondary"
            size="small"
            isLoading={busy}
            className="self-start"
            aria-describedby="campaign-hero-hint"
            onClick={() => file.current?.click()}
          >
            {t("campaignPage.heroUpload")}
          </Button>
          <div className="flex flex-wrap items-center gap-2 border-t border-ui-border-base pt-4">
            <Button type="button" variant="secondary" size="small" onClick={() => void openPreview()}>
              {t("campaignPage.preview")}
            </Button>
            {preview ? (
              <a
                href={preview}
                target="_blank"
                rel="noreferrer"
                className="txt-compact-small-plus text-ui-fg-base underline underline-offset-2"
              >
                {t("campaignPage.openPreview")}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
    </Container>
  )
}
