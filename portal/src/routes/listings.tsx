import { Alert, Button, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { NativeSelect } from "../components/form/field"
import { PageHeading } from "../components/layout/page-heading"
import { CompletenessMeters } from "../components/listing/completeness-meter"
import { ListingStatusBadge } from "../components/listing/status-badge"
import { currentLocale } from "../i18n"
import { formatCny, formatDate, formatNumber } from "../i18n/format"
import { listListings } from "../lib/api"
import type { ApiError } from "../lib/errors"
import { titleFor } from "../lib/listing-title"
import { LISTING_ORDERS, LISTING_STATUSES, type ListingOrder, type ListingStatus, type ListingSummary } from "../lib/types"

const PAGE_SIZE = 20

const ORDER_LABELS: Record<ListingOrder, string> = {
  "-updated_at": "listings.sortNewest",
  updated_at: "listings.sortOldest",
  title: "listings.sortTitle",
  "-title": "listings.sortTitleDesc",
}

/** Search, filter, sort and page live in the URL: a list can be bookmarked and the back button returns to it. */
function useListQuery() {
  const [params, setParams] = useSearchParams()
  const status = params.get("status")
  const order = params.get("order")
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1)
  const query = {
    q: params.get("q") ?? "",
    status: LISTING_STATUSES.includes(status as ListingStatus) ? (status as ListingStatus) : undefined,
    order: LISTING_ORDERS.includes(order as ListingOrder) ? (order as ListingOrder) : ("-updated_at" as const),
    page,
  }
  const update = (changes: Partial<Record<"q" | "status" | "order" | "page", string>>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    // A new search or filter starts at its first page.
    if (!("page" in changes)) next.delete("page")
    setParams(next)
  }
  return { query, update }
}

export default function Listings() {
  const { t } = useTranslation()
  const locale = currentLocale()
  const { query, update } = useListQuery()
  const [search, setSearch] = useState(query.q)
  const [result, setResult] = useState<{ products: ListingSummary[]; count: number }>()
  const [error, setError] = useState<ApiError>()

  useEffect(() => setSearch(query.q), [query.q])

  useEffect(() => {
    let current = true
    setError(undefined)
    listListings({ q: query.q, status: query.status, order: query.order, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }).then(
      (r) => current && setResult(r),
      (e) => current && setError(e),
    )
    return () => {
      current = false
    }
  }, [query.q, query.status, query.order, query.page])

  const from = result && result.count ? (query.page - 1) * PAGE_SIZE + 1 : 0
  const to = result ? (query.page - 1) * PAGE_SIZE + result.products.length : 0
  const filtered = Boolean(query.q || query.status)

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageHeading title={t("listings.title")}>{t("listings.title")}</PageHeading>
        <Button asChild>
          <Link to="/listings/new">{t("listings.new")}</Link>
        </Button>
      </div>

      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_auto_auto]" role="search">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            update({ q: search.trim() })
          }}
          className="flex gap-x-2"
        >
          <label htmlFor="listing-search" className="sr-only">
            {t("listings.search")}
          </label>
          <Input
            id="listing-search"
            type="search"
            placeholder={t("listings.searchPlaceholder")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="min-w-0 flex-1"
          />
          <Button type="submit" variant="secondary">
            {t("listings.search")}
          </Button>
        </form>
        <div className="flex items-center gap-x-2">
          <label htmlFor="listing-status" className="txt-compact-small text-ui-fg-subtle whitespace-nowrap">
            {t("listings.status")}
          </label>
          <NativeSelect id="listing-status" value={query.status ?? ""} onChange={(e) => update({ status: e.target.value })}>
            <option value="">{t("listings.allStatuses")}</option>
            {LISTING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex items-center gap-x-2">
          <label htmlFor="listing-order" className="txt-compact-small text-ui-fg-subtle whitespace-nowrap">
            {t("listings.sort")}
          </label>
          <NativeSelect id="listing-order" value={query.order} onChange={(e) => update({ order: e.target.value })}>
            {LISTING_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(ORDER_LABELS[order])}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>

      {error ? (
        <Alert variant="error" role="alert">
          {error.status ? error.message : t("common.networkError")}
        </Alert>
      ) : !result ? (
        <Text role="status" className="text-ui-fg-subtle">
          {t("common.loading")}
        </Text>
      ) : result.products.length === 0 ? (
        <Text className="text-ui-fg-subtle">{filtered ? t("listings.emptyFiltered") : t("listings.empty")}</Text>
      ) : (
        <>
          {/* Phones get cards; wider screens the table. */}
          <ul className="flex flex-col gap-y-2 md:hidden" aria-label={t("listings.title")}>
            {result.products.map((listing) => (
              <li key={listing.id}>
                <ListingCard listing={listing} />
              </li>
            ))}
          </ul>
          <div className="bg-ui-bg-base shadow-elevation-card-rest hidden overflow-hidden rounded-lg md:block">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("listings.columnTitle")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("listings.columnStatus")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("listings.columnCompleteness")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("listings.columnPrice")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("listings.columnStock")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("listings.columnUpdated")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {result.products.map((listing) => (
                  <Table.Row key={listing.id}>
                    <Table.Cell>
                      <div className="flex items-center gap-x-3 py-2">
                        <Thumbnail url={listing.thumbnail} />
                        <div className="flex min-w-0 flex-col">
                          <Link to={`/listings/${listing.id}`} className="text-ui-fg-base txt-compact-small-plus hover:underline">
                            {titleFor(listing.title, locale) ?? t("listings.untitled")}
                          </Link>
                          {listing.review_reason && listing.status === "changes_requested" ? (
                            <span className="txt-compact-xsmall text-ui-fg-subtle max-w-xs truncate">
                              {t("listings.reviewReason", { reason: listing.review_reason })}
                            </span>
                          ) : null}
                        </div>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <ListingStatusBadge status={listing.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <CompletenessMeters percents={listing.completeness} />
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {listing.price_min_cny === null ? "—" : formatCny(listing.price_min_cny, locale)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {listing.stock_total === null ? "—" : formatNumber(listing.stock_total, locale)}
                    </Table.Cell>
                    <Table.Cell>{formatDate(listing.updated_at, locale)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <nav aria-label={t("listings.pagination")} className="flex flex-wrap items-center justify-between gap-2">
            <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
              {t("listings.range", {
                from: formatNumber(from, locale),
                to: formatNumber(to, locale),
                total: formatNumber(result.count, locale),
              })}
            </Text>
            <div className="flex gap-x-2">
              <Button variant="secondary" size="small" disabled={query.page <= 1} onClick={() => update({ page: String(query.page - 1) })}>
                {t("listings.previous")}
              </Button>
              <Button
                variant="secondary"
                size="small"
                disabled={to >= result.count}
                onClick={() => update({ page: String(query.page + 1) })}
              >
                {t("listings.next")}
              </Button>
            </div>
          </nav>
        </>
      )}
    </>
  )
}

function Thumbnail({ url }: { url: string | null }) {
  return url ? (
    <img src={url} alt="" className="bg-ui-bg-component h-10 w-10 shrink-0 rounded-md object-cover" loading="lazy" />
  ) : (
    <div className="bg-ui-bg-component h-10 w-10 shrink-0 rounded-md" aria-hidden />
  )
}

function ListingCard({ listing }: { listing: ListingSummary }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  return (
    <Link
      to={`/listings/${listing.id}`}
      className="bg-ui-bg-base shadow-elevation-card-rest hover:shadow-elevation-card-hover flex gap-x-3 rounded-lg p-3"
    >
      <Thumbnail url={listing.thumbnail} />
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <span className="txt-compact-small-plus text-ui-fg-base truncate">{titleFor(listing.title, locale) ?? t("listings.untitled")}</span>
        <div className="flex flex-wrap items-center gap-2">
          <ListingStatusBadge status={listing.status} />
          <span className="txt-compact-xsmall text-ui-fg-subtle tabular-nums">
            {listing.price_min_cny === null ? "" : formatCny(listing.price_min_cny, locale)}
          </span>
        </div>
        <CompletenessMeters percents={listing.completeness} />
      </div>
    </Link>
  )
}
