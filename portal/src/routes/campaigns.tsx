import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { CampaignSummary } from "../components/consulate/campaign-summary"
import {
  emptyPromotion,
  PROMOTION_FIELDS,
  PromotionFields,
  promotionInput,
  type PromotionDraft,
} from "../components/consulate/promotion-fields"
import { Field, focusField, NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { createCampaign, createPromotion, listCampaigns } from "../lib/api"
import { errorFor, forForm, type ApiError } from "../lib/errors"
import type { Campaign } from "../lib/types"
import { ErrorAlert, FormError } from "../components/form/form-error"

/** A datetime-local value for a moment (the browser's own time zone), and back. */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
const fromLocalInput = (value: string) => new Date(value).toISOString()

const CAMPAIGN_FIELDS = ["name", "identifier", "starts_at", "ends_at", "budget.limit"]

/** The consulate's campaigns, and a new one with its first promotion (a code or automatic) in one form. */
export default function Campaigns() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [campaigns, setCampaigns] = useState<Campaign[]>()
  const [loadError, setLoadError] = useState<ApiError>()
  const [name, setName] = useState("")
  const [identifier, setIdentifier] = useState("")
  const [startsAt, setStartsAt] = useState(() => localInput(new Date()))
  const [endsAt, setEndsAt] = useState(() => localInput(new Date(Date.now() + 7 * 86_400_000)))
  const [budgetType, setBudgetType] = useState<"" | "spend" | "usage">("spend")
  const [budgetLimit, setBudgetLimit] = useState("1000")
  const [promotion, setPromotion] = useState<PromotionDraft>(emptyPromotion())
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => listCampaigns().then((r) => setCampaigns(r.campaigns), setLoadError), [])
  useEffect(() => void load(), [load])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    let created: Campaign | undefined
    try {
      created = await createCampaign({
        name: name.trim(),
        identifier:
          identifier.trim() ||
          name
            .trim()
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, ""),
        starts_at: fromLocalInput(startsAt),
        ends_at: fromLocalInput(endsAt),
        ...(budgetType ? { budget: { type: budgetType, limit: Number(budgetLimit) } } : {}),
      })
      if (promotion.code || promotion.automatic) await createPromotion(promotionInput(created.id, promotion))
      navigate(`/campaigns/${created.id}`)
    } catch (e) {
      const err = forForm(e as ApiError, [...CAMPAIGN_FIELDS, ...PROMOTION_FIELDS])
      setError(err)
      focusField(err.field)
      // The campaign exists even when its promotion was refused: add the promotion on its page.
      if (created) navigate(`/campaigns/${created.id}`, { state: { promotionError: err.message } })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading title={t("campaigns.title")}>{t("campaigns.title")}</PageHeading>
      <ErrorAlert error={loadError} />
      {campaigns?.length === 0 ? <Text className="text-ui-fg-subtle">{t("campaigns.empty")}</Text> : null}
      <ul className="flex flex-col gap-y-3">
        {campaigns?.map((c) => (
          <li key={c.id}>
            <Container className="flex flex-col gap-y-2 p-4">
              <Link to={`/campaigns/${c.id}`} className="txt-compact-medium-plus text-ui-fg-base underline underline-offset-2">
                {c.name}
              </Link>
              <CampaignSummary campaign={c} />
              {c.promotions.length ? (
                <Text size="small" className="text-ui-fg-subtle">
                  {c.promotions.map((p) => (p.automatic ? t("promotions.automaticShort") : p.code)).join(" · ")}
                </Text>
              ) : null}
            </Container>
          </li>
        ))}
      </ul>
      <Container className="flex flex-col gap-y-4 p-4">
        <Heading level="h2">{t("campaigns.new")}</Heading>
        <form onSubmit={submit} className="flex flex-col gap-y-4" noValidate>
          <FormError error={error} />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Field path="name" label={t("campaigns.name")} error={errorFor(error, "name")}>
              {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field
              path="identifier"
              label={t("campaigns.identifier")}
              hint={t("campaigns.identifierHint")}
              optional
              error={errorFor(error, "identifier")}
            >
              {(control) => <Input {...control} value={identifier} onChange={(e) => setIdentifier(e.target.value)} />}
            </Field>
            <Field path="starts_at" label={t("campaigns.startsAt")} error={errorFor(error, "starts_at")}>
              {(control) => <Input {...control} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />}
            </Field>
            <Field path="ends_at" label={t("campaigns.endsAt")} error={errorFor(error, "ends_at")}>
              {(control) => <Input {...control} type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />}
            </Field>
            <Field path="budget.type" label={t("campaigns.budgetType")}>
              {(control) => (
                <NativeSelect {...control} value={budgetType} onChange={(e) => setBudgetType(e.target.value as typeof budgetType)}>
                  <option value="spend">{t("campaigns.budgetTypes.spend")}</option>
                  <option value="usage">{t("campaigns.budgetTypes.usage")}</option>
                  <option value="">{t("campaigns.budgetTypes.none")}</option>
                </NativeSelect>
              )}
            </Field>
            {budgetType ? (
              <Field path="budget.limit" label={t("campaigns.budgetLimit")} error={errorFor(error, "budget.limit")}>
                {(control) => (
                  <Input
                    {...control}
                    type="number"
                    inputMode="decimal"
                    min={1}
                    value={budgetLimit}
                    onChange={(e) => setBudgetLimit(e.target.value)}
                  />
                )}
              </Field>
            ) : null}
          </div>
          <Heading level="h3">{t("promotions.first")}</Heading>
          <PromotionFields draft={promotion} onChange={setPromotion} error={error} onError={setError} />
          <Button type="submit" isLoading={busy} className="self-start">
            {t("campaigns.create")}
          </Button>
        </form>
      </Container>
    </>
  )
}
