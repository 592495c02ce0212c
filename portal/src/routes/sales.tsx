import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { RevenueChart } from "../components/sales/revenue-chart"
import { SalesStateBadge } from "../components/sales/sales-state-badge"
import { currentLocale } from "../i18n"
import { titleFor } from "../lib/listing-title"
import { formatCny, formatDateTime, formatNumber } from "../i18n/format"
import { getSalesSummary, listOrders } from "../lib/api"
import type { ApiError } from "../lib/errors"
import type { SalesOrder, SalesSummary } from "../lib/types"
import { ErrorAlert } from "../components/form/form-error"

const RANGES = [7, 30, 90] as const
const PAGE_SIZE = 20

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** The last twelve months as YYYY-MM, newest first, for the statement picker. */
const recentMonths = () =>
  Array.from({ length: 12 }, (_, i) => {
    const d = new Date()
    d.setUTCDate(1)
    d.setUTCMonth(d.getUTCMonth() - i)
    return d.toISOString().slice(0, 7)
  })

/** Sales: the dashboard (revenue, units, orders over time; top products; fulfilment modes), own order lines, statements. */
export default function Sales() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const [days, setDays] = useState<(typeof RANGES)[number]>(30)
  const [summary, setSummary] = useState<SalesSummary>()
  const [orders, setOrders] = useState<{ orders: SalesOrder[]; count: number }>()
  const [page, setPage] = useState(0)
  const [error, setError] = useState<ApiError>()
  const [month, setMonth] = useState(recentMonths()[0])

  useEffect(() => {
    const to = new Date()
    const from = new Date(to.getTime() - (days - 1) * 86_400_000)
    getSalesSummary({ from: isoDay(from), to: isoDay(to) }).then(setSummary, setError)
  }, [days])
  useEffect(() => {
    listOrders({ limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(setOrders, setError)
  }, [page])

  return (
    <>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("sales.title")}>{t("sales.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("sales.intro")}
        </Text>
      </div>
      <ErrorAlert error={error} />

      <Container className="flex flex-col gap-y-4 p-4 sm:p-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <Heading level="h2">{t("sales.dashboard")}</Heading>
          <div className="flex flex-col gap-y-1">
            <label htmlFor="sales-range" className="txt-compact-small-plus">
              {t("sales.range")}
            </label>
            <NativeSelect id="sales-range" value={days} onChange={(e) => setDays(Number(e.target.value) as (typeof RANGES)[number])}>
              {RANGES.map((n) => (
                <option key={n} value={n}>
                  {t("sales.lastDays", { count: n })}
                </option>
              ))}
            </NativeSelect>
          </div>
        </div>
        {summary ? (
          <>
            <dl className="grid grid-cols-3 gap-2" data-testid="sales-totals">
              <Figure label={t("sales.revenue")} value={formatCny(summary.totals.revenue, locale)} testId="sales-revenue" />
              <Figure label={t("sales.units")} value={formatNumber(summary.totals.units, locale)} testId="sales-units" />
              <Figure label={t("sales.orders")} value={formatNumber(summary.totals.orders, locale)} testId="sales-orders" />
            </dl>
            <RevenueChart series={summary.series} />
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <section className="flex flex-col gap-y-2" aria-labelledby="top-products">
                <Heading level="h3" id="top-products">
                  {t("sales.topProducts")}
                </Heading>
                {summary.top_products.length ? (
                  <ol className="flex flex-col gap-y-1">
                    {summary.top_products.map((p) => (
                      <li key={p.product_id} className="txt-compact-small flex justify-between gap-2">
                        <Link to={`/listings/${p.product_id}`} className="min-w-0 truncate underline">
                          {titleFor(p.titles, locale) ?? p.title}
                        </Link>
                        <span className="shrink-0">
                          {t("sales.unitsCount", { count: p.units })} · {formatCny(p.revenue, locale)}
                        </span>
                      </li>
                    ))}
                  </ol>
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("sales.nothingYet")}
                  </Text>
                )}
              </section>
              <section className="flex flex-col gap-y-2" aria-labelledby="by-mode">
                <Heading level="h3" id="by-mode">
                  {t("sales.byMode")}
                </Heading>
                {summary.by_fulfilment_mode.length ? (
                  <ul className="flex flex-col gap-y-1">
                    {summary.by_fulfilment_mode.map((m) => (
                      <li key={m.mode} className="txt-compact-small flex justify-between gap-2">
                        <span>{m.mode === "unknown" ? t("sales.unknownMode") : t(`trade.fulfilment.${m.mode}`)}</span>
                        <span>
                          {t("sales.ordersCount", { count: m.orders })} · {formatCny(m.revenue, locale)}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("sales.nothingYet")}
                  </Text>
                )}
              </section>
            </div>
          </>
        ) : (
          <Text role="status">{t("common.loading")}</Text>
        )}
      </Container>

      <Container className="flex flex-col gap-y-3 p-4 sm:p-6">
        <Heading level="h2">{t("sales.statement")}</Heading>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-y-1">
            <label htmlFor="statement-month" className="txt-compact-small-plus">
              {t("sales.month")}
            </label>
            <NativeSelect id="statement-month" value={month} onChange={(e) => setMonth(e.target.value)}>
              {recentMonths().map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button asChild variant="secondary" size="small">
            <Link to={`/sales/statements/${month}`}>{t("sales.openStatement")}</Link>
          </Button>
        </div>
      </Container>

      <section className="flex flex-col gap-y-2" aria-labelledby="orders-heading">
        <Heading level="h2" id="orders-heading">
          {t("sales.orderLines")}
        </Heading>
        {!orders ? (
          <Text role="status">{t("common.loading")}</Text>
        ) : orders.orders.length === 0 ? (
          <Text className="text-ui-fg-subtle">{t("sales.noOrders")}</Text>
        ) : (
          <ul className="flex flex-col gap-y-2">
            {orders.orders.map((order) => (
              <li
                key={order.id}
                className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg p-4"
                data-testid="sales-order"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Text weight="plus" size="small">
                    {t("sales.orderNumber", { number: order.display_id })} · {formatDateTime(order.created_at, locale)}
                  </Text>
                  <SalesStateBadge state={order.state} />
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {[order.destination.city, order.destination.province].filter(Boolean).join(", ")}
                  {order.waybills.length ? ` · ${t("sales.waybill")}: ${order.waybills.join(", ")}` : ""}
                </Text>
                <ul className="flex flex-col gap-y-1">
                  {order.lines.map((line) => (
                    <li key={line.id} className="txt-compact-small flex justify-between gap-2" data-testid="sales-line">
                      <span className="min-w-0 break-words">
                        {titleFor(line.titles, locale) ?? line.title}
                        {line.variant_title ? ` · ${line.variant_title}` : ""}
                        {line.sku ? ` (${line.sku})` : ""} × {line.quantity}
                      </span>
                      <span className="shrink-0">{formatCny(line.net, locale)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        {orders && orders.count > PAGE_SIZE ? (
          <div className="flex items-center justify-between">
            <Button variant="secondary" size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t("stock.previous")}
            </Button>
            <Button variant="secondary" size="small" disabled={(page + 1) * PAGE_SIZE >= orders.count} onClick={() => setPage(page + 1)}>
              {t("stock.next")}
            </Button>
          </div>
        ) : null}
      </section>
    </>
  )
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="bg-ui-bg-subtle flex min-w-0 flex-col rounded-md p-2 sm:p-3">
      <dt className="txt-compact-xsmall text-ui-fg-subtle">{label}</dt>
      <dd className="txt-compact-medium-plus break-words" data-testid={testId}>
        {value}
      </dd>
    </div>
  )
}
