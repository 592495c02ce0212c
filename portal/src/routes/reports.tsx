import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { Field, NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { currentLocale } from "../i18n"
import { formatCny, formatNumber } from "../i18n/format"
import { getReport, listCampaigns, reportCsvUrl, type ReportQuery } from "../lib/api"
import { titleFor } from "../lib/listing-title"
import type { ApiError } from "../lib/errors"
import type { Campaign, ReportRow, SalesReport } from "../lib/types"
import { ErrorAlert } from "../components/form/form-error"

/** Sales for a campaign or a period: totals, a chart by day, breakdowns, and the CSV for the ministry. Aggregates only. */
export default function Reports() {
  const { t, i18n } = useTranslation()
  const locale = currentLocale()
  const [params, setParams] = useSearchParams()
  const [campaigns, setCampaigns] = useState<Campaign[]>([])
  const [report, setReport] = useState<SalesReport>()
  const [error, setError] = useState<ApiError>()
  const query: ReportQuery = {
    campaign_id: params.get("campaign_id") || undefined,
    from: params.get("from") ? new Date(params.get("from")!).toISOString() : undefined,
    to: params.get("to") ? new Date(params.get("to")!).toISOString() : undefined,
  }
  const key = params.toString()

  useEffect(() => void listCampaigns().then((r) => setCampaigns(r.campaigns), setError), [])
  useEffect(() => {
    setError(undefined)
    getReport(query).then(setReport, setError)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(name, value)
    else next.delete(name)
    setParams(next, { replace: true })
  }
  const cny = (v: number) => formatCny(v, locale)
  const peak = Math.max(1, ...(report?.by_day.map((d) => d.revenue_cny) ?? [1]))

  const breakdown = (title: string, rows: (ReportRow & { label: string })[]) => (
    <Container className="flex flex-col gap-y-2 overflow-x-auto p-4">
      <Heading level="h3">{title}</Heading>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{title}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("reports.orders")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("reports.revenue")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("reports.units")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.label}>
              <Table.Cell>{r.label}</Table.Cell>
              <Table.Cell className="text-right">{formatNumber(r.orders, locale)}</Table.Cell>
              <Table.Cell className="text-right">{cny(r.revenue_cny)}</Table.Cell>
              <Table.Cell className="text-right">{formatNumber(r.units, locale)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )

  return (
    <>
      <PageHeading title={t("reports.title")}>{t("reports.title")}</PageHeading>
      <Container className="grid grid-cols-1 gap-4 p-4 sm:grid-cols-3">
        <Field path="campaign_id" label={t("reports.campaign")}>
          {(control) => (
            <NativeSelect {...control} value={query.campaign_id ?? ""} onChange={(e) => set("campaign_id", e.target.value)}>
              <option value="">{t("reports.anyPeriod")}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field path="from" label={t("reports.from")} optional>
          {(control) => <Input {...control} type="date" value={params.get("from") ?? ""} onChange={(e) => set("from", e.target.value)} />}
        </Field>
        <Field path="to" label={t("reports.to")} optional>
          {(control) => <Input {...control} type="date" value={params.get("to") ?? ""} onChange={(e) => set("to", e.target.value)} />}
        </Field>
      </Container>
      <ErrorAlert error={error} />
      {report ? (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {(
              [
                ["reports.orders", formatNumber(report.totals.orders, locale)],
                ["reports.revenue", cny(report.totals.revenue_cny)],
                ["reports.units", formatNumber(report.totals.units, locale)],
                ["reports.buyers", formatNumber(report.totals.buyers, locale)],
                ["reports.redemptions", formatNumber(report.totals.redemptions, locale)],
                [
                  "reports.discount",
                  report.budget?.type === "spend" && report.budget.limit != null
                    ? `${cny(report.totals.discount_cny)} / ${cny(report.budget.limit)}`
                    : cny(report.totals.discount_cny),
                ],
              ] as const
            ).map(([label, value]) => (
              <Container key={label} className="flex flex-col p-3">
                <dt>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t(label)}
                  </Text>
                </dt>
                <dd className="txt-compact-large-plus text-ui-fg-base" data-metric={label.split(".")[1]}>
                  {value}
                </dd>
              </Container>
            ))}
          </dl>
          <Container className="flex flex-col gap-y-2 p-4">
            <Heading level="h3">{t("reports.byDay")}</Heading>
            {report.by_day.length === 0 ? <Text className="text-ui-fg-subtle">{t("reports.noOrders")}</Text> : null}
            <ul className="flex flex-col gap-y-1" aria-label={t("reports.byDay")}>
              {report.by_day.map((d) => (
                <li key={d.day} className="grid grid-cols-[5.5rem_1fr_auto] items-center gap-x-2">
                  <Text size="xsmall">{d.day}</Text>
                  <div className="bg-ui-bg-subtle h-3 rounded">
                    <div className="bg-ui-fg-interactive h-3 rounded" style={{ width: `${(d.revenue_cny / peak) * 100}%` }} />
                  </div>
                  <Text size="xsmall">
                    {cny(d.revenue_cny)} · {d.orders}
                  </Text>
                </li>
              ))}
            </ul>
          </Container>
          {breakdown(
            t("reports.byExporter"),
            report.by_exporter.map((r) => ({ ...r, label: r.exporter ?? "—" })),
          )}
          {breakdown(
            t("reports.byRegion"),
            report.by_region.map((r) => ({
              ...r,
              label: r.region ? (i18n.exists(`trade.regions.${r.region}`) ? t(`trade.regions.${r.region}`) : r.region) : "—",
            })),
          )}
          {breakdown(
            t("reports.byCategory"),
            report.by_category.map((r) => ({ ...r, label: titleFor(r.category_names, locale) ?? r.category ?? "—" })),
          )}
          <a href={reportCsvUrl(query)} download className="txt-compact-small-plus text-ui-fg-base self-start underline underline-offset-2">
            {t("reports.csv")}
          </a>
        </>
      ) : null}
    </>
  )
}
