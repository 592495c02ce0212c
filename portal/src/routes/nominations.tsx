import { Button, Container, Input, StatusBadge, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { titleFor } from "../lib/listing-title"
import { formatDate } from "../i18n/format"
import { answerNomination, listNominations } from "../lib/api"
import type { ApiError } from "../lib/errors"
import type { Nomination } from "../lib/types"
import { ErrorAlert } from "../components/form/form-error"

export const NOMINATION_COLORS = { invited: "blue", accepted: "green", declined: "grey", withdrawn: "grey" } as const

/** The consulate's invitations of this exporter's products into its campaigns: accept (featured) or decline. */
export default function Nominations() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const [nominations, setNominations] = useState<Nomination[]>()
  const [error, setError] = useState<ApiError>()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const load = useCallback(() => listNominations().then(setNominations, setError), [])
  useEffect(() => void load(), [load])

  async function answer(n: Nomination, verb: "accept" | "decline") {
    setError(undefined)
    try {
      await answerNomination(n.id, verb, reasons[n.id]?.trim() || undefined)
      toast.success(t(verb === "accept" ? "nominations.acceptedToast" : "nominations.declinedToast"))
      await load()
    } catch (e) {
      setError(e as ApiError)
    }
  }

  return (
    <>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("nominations.title")}>{t("nominations.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("nominations.intro")}
        </Text>
      </div>
      <ErrorAlert error={error} />
      {nominations?.length === 0 ? <Text className="text-ui-fg-subtle">{t("nominations.empty")}</Text> : null}
      <ul className="flex flex-col gap-y-3">
        {nominations?.map((n) => (
          <li key={n.id}>
            <Container className="flex flex-col gap-y-2 p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Text weight="plus">{(n.product.titles && titleFor(n.product.titles, locale)) ?? n.product.title ?? n.product.id}</Text>
                <StatusBadge color={NOMINATION_COLORS[n.status]}>{t(`nominations.status.${n.status}`)}</StatusBadge>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {t("nominations.campaign", {
                  name: n.campaign.name ?? n.campaign.id,
                  from: n.campaign.starts_at ? formatDate(n.campaign.starts_at, locale) : "—",
                  to: n.campaign.ends_at ? formatDate(n.campaign.ends_at, locale) : "—",
                })}
              </Text>
              {n.message ? <Text size="small">«{n.message}»</Text> : null}
              {n.decline_reason ? (
                <Text size="small" className="text-ui-fg-subtle">
                  {n.decline_reason}
                </Text>
              ) : null}
              {n.status === "invited" ? (
                <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
                  <Button size="small" onClick={() => void answer(n, "accept")}>
                    {t("nominations.accept")}
                  </Button>
                  <Input
                    size="small"
                    aria-label={t("nominations.reason")}
                    placeholder={t("nominations.reason")}
                    value={reasons[n.id] ?? ""}
                    onChange={(e) => setReasons({ ...reasons, [n.id]: e.target.value })}
                  />
                  <Button size="small" variant="secondary" onClick={() => void answer(n, "decline")}>
                    {t("nominations.decline")}
                  </Button>
                </div>
              ) : null}
            </Container>
          </li>
        ))}
      </ul>
    </>
  )
}
