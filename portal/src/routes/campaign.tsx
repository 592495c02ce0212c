import { Alert, Button, Container, Heading, Input, StatusBadge, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, useLocation, useParams } from "react-router-dom"
import { CampaignPageSection } from "../components/consulate/campaign-page-section"
import { CampaignSummary } from "../components/consulate/campaign-summary"
import { ProductPicker, ProductsField } from "../components/consulate/product-picker"
import {
  emptyPromotion,
  PROMOTION_FIELDS,
  PromotionFields,
  promotionInput,
  type PromotionDraft,
} from "../components/consulate/promotion-fields"
import { Field } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import {
  createPromotion,
  featureProducts,
  getCampaign,
  listCampaignNominations,
  nominateProducts,
  setPromotionStatus,
  unfeatureProduct,
  updateCampaign,
  withdrawNomination,
} from "../lib/api"
import { currentLocale } from "../i18n"
import { titleFor } from "../lib/listing-title"
import { errorFor, forForm, type ApiError } from "../lib/errors"
import type { Campaign as CampaignData, Nomination } from "../lib/types"
import { NOMINATION_COLORS } from "./nominations"
import { FormError } from "../components/form/form-error"

/**
 * One campaign: its budget and window (end it now), its page in the shop, the products it features, its promotions
 * (pause, add), and products invited into it.
 */
export default function Campaign() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const location = useLocation()
  const [campaign, setCampaign] = useState<CampaignData>()
  const [nominations, setNominations] = useState<Nomination[]>([])
  const [error, setError] = useState<ApiError | undefined>(
    (location.state as { promotionError?: string } | null)?.promotionError
      ? ({ message: (location.state as { promotionError: string }).promotionError } as ApiError)
      : undefined,
  )
  const [promotion, setPromotion] = useState<PromotionDraft>(emptyPromotion())
  const [nominees, setNominees] = useState<string[]>([])
  const [message, setMessage] = useState("")

  const load = useCallback(async () => {
    try {
      const [c, n] = await Promise.all([getCampaign(id), listCampaignNominations(id)])
      setCampaign(c)
      setNominations(n)
    } catch (e) {
      setError(e as ApiError)
    }
  }, [id])
  useEffect(() => void load(), [load])

  const run = async (action: () => Promise<unknown>, done?: string) => {
    setError(undefined)
    try {
      await action()
      if (done) toast.success(done)
      await load()
      return true
    } catch (e) {
      setError(forForm(e as ApiError, [...PROMOTION_FIELDS, "product_ids"]))
      return false
    }
  }

  async function addPromotion(event: FormEvent) {
    event.preventDefault()
    if (await run(() => createPromotion(promotionInput(id, promotion)), t("promotions.created"))) setPromotion(emptyPromotion())
  }

  async function nominate(event: FormEvent) {
    event.preventDefault()
    if (await run(() => nominateProducts(id, nominees, message.trim() || undefined), t("nominations.sent"))) setNominees([])
  }

  if (!campaign)
    return error ? <Alert variant="error">{error.message || t("common.networkError")}</Alert> : <Text>{t("common.loading")}</Text>
  return (
    <>
      <PageHeading title={campaign.name}>{campaign.name}</PageHeading>
      <FormError error={error} />
      <Container className="flex flex-col gap-y-3 p-4">
        <CampaignSummary campaign={campaign} />
        <div className="flex flex-wrap gap-2">
          <Link to={`/reports?campaign_id=${campaign.id}`} className="txt-compact-small-plus text-ui-fg-base underline underline-offset-2">
            {t("campaigns.report")}
          </Link>
          {campaign.state !== "ended" ? (
            <Button
              size="small"
              variant="secondary"
              onClick={() => void run(() => updateCampaign(campaign.id, { ends_at: new Date().toISOString() }), t("campaigns.ended"))}
            >
              {t("campaigns.endNow")}
            </Button>
          ) : null}
        </div>
      </Container>
      <CampaignPageSection campaign={campaign} />
      <Container className="flex flex-col gap-y-3 p-4">
        <Heading level="h2">{t("campaignPage.featured")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("campaignPage.featuredIntro")}
        </Text>
        <ProductPicker
          id="featured"
          label={t("campaignPage.featured")}
          picked={campaign.featured_product_ids ?? []}
          onAdd={(p) => void run(() => featureProducts(campaign.id, [p.id]), t("campaignPage.featuredAdded", { title: p.title }))}
          onRemove={(productId) => void run(() => unfeatureProduct(campaign.id, productId))}
          onError={setError}
        />
      </Container>
      <Container className="flex flex-col gap-y-3 p-4">
        <Heading level="h2">{t("promotions.title")}</Heading>
        <ul className="flex flex-col gap-y-2">
          {campaign.promotions.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
              <Text size="small" weight="plus">
                {p.automatic ? t("promotions.automaticShort") : p.code} · {t(`promotions.types.${p.discount.type}`)}
                {p.discount.value != null && p.discount.type !== "free_shipping" && p.discount.type !== "buy_get"
                  ? ` ${p.discount.value}${p.discount.type === "percentage" ? " %" : " ¥"}`
                  : ""}
              </Text>
              <div className="flex items-center gap-2">
                <StatusBadge color={p.status === "active" ? "green" : "grey"}>{t(`promotions.status.${p.status}`)}</StatusBadge>
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => void run(() => setPromotionStatus(p.id, p.status === "active" ? "inactive" : "active"))}
                >
                  {t(p.status === "active" ? "promotions.pause" : "promotions.resume")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
        <form onSubmit={addPromotion} className="flex flex-col gap-y-4" noValidate>
          <PromotionFields draft={promotion} onChange={setPromotion} error={error} onError={setError} />
          <Button type="submit" size="small" className="self-start">
            {t("promotions.add")}
          </Button>
        </form>
      </Container>
      <Container className="flex flex-col gap-y-3 p-4">
        <Heading level="h2">{t("nominations.campaignTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("nominations.featuredCount", { count: campaign.featured_product_ids?.length ?? 0 })}
        </Text>
        <ul className="flex flex-col gap-y-2">
          {nominations.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center justify-between gap-2">
              <Text size="small">
                {(n.product.titles && titleFor(n.product.titles, currentLocale())) ?? n.product.title ?? n.product.id}
              </Text>
              <div className="flex items-center gap-2">
                <StatusBadge color={NOMINATION_COLORS[n.status]}>{t(`nominations.status.${n.status}`)}</StatusBadge>
                {n.status === "invited" ? (
                  <Button size="small" variant="transparent" onClick={() => void run(() => withdrawNomination(n.id))}>
                    {t("nominations.withdraw")}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
        <form onSubmit={nominate} className="flex flex-col gap-y-3" noValidate>
          <ProductsField
            id="nominees"
            label={t("nominations.products")}
            value={nominees}
            onChange={setNominees}
            error={errorFor(error, "product_ids")}
            onError={setError}
          />
          <Field path="message" label={t("nominations.message")} optional>
            {(control) => <Input {...control} value={message} onChange={(e) => setMessage(e.target.value)} />}
          </Field>
          <Button type="submit" size="small" className="self-start" disabled={!nominees.length}>
            {t("nominations.invite")}
          </Button>
        </form>
      </Container>
    </>
  )
}
