import { Alert, Button, Checkbox, Input, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { PageHeading } from "../components/layout/page-heading"
import { listStock, updateStock } from "../lib/api"
import type { ApiError } from "../lib/errors"
import { titleFor } from "../lib/listing-title"
import type { StockLocation, StockRow, StockUpdate } from "../lib/types"
import { currentLocale } from "../i18n"
import { ErrorAlert } from "../components/form/form-error"

const PAGE_SIZE = 50

/** What the person typed, per variant: new units per location and a new threshold ("" clears it). */
type Draft = Record<string, { levels: Record<string, string>; threshold?: string }>

/** Parses a whole, non-negative number as typed; undefined when the field is not one. */
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined)

/**
 * Stock per variant and location, low-stock alerts first: the person edits units and thresholds in place and
 * saves them in one bulk update (all rows or none). Spreadsheets and ERP keys use the same route.
 */
export default function Stock() {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [lowOnly, setLowOnly] = useState(false)
  const [page, setPage] = useState(0)
  const [data, setData] = useState<{ variants: StockRow[]; count: number; locations: StockLocation[] }>()
  const [error, setError] = useState<ApiError>()
  const [draft, setDraft] = useState<Draft>({})
  const [busy, setBusy] = useState(false)

  const load = useCallback(
    () =>
      listStock({ q, low: lowOnly, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then((r) => (setData(r), setError(undefined)), setError),
    [q, lowOnly, page],
  )
  useEffect(() => void load(), [load])

  const updates = useMemo(() => toUpdates(draft, data?.variants ?? []), [draft, data])
  const invalid = updates === null

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!updates?.length) return
    setBusy(true)
    try {
      const { updated } = await updateStock(updates)
      toast.success(t("stock.saved", { count: updated }))
      setDraft({})
      await load()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  const lowCount = data?.variants.filter((v) => v.low).length ?? 0
  // Warehouses are named by what they are (the stock origin), in the portal's language; the database's name otherwise.
  const locationName = (level: StockRow["levels"][number]) => {
    const origin = data?.locations.find((l) => l.id === level.location_id)?.stock_origin
    return origin ? t(`trade.stockOrigins.${origin}`) : level.location_name
  }
  return (
    <form onSubmit={save} className="flex flex-col gap-y-4" noValidate>
      <div className="flex flex-col gap-y-1">
        <PageHeading title={t("stock.title")}>{t("stock.title")}</PageHeading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("stock.intro")}{" "}
          <Link to="/api-keys" className="text-ui-fg-base underline">
            {t("stock.erpLink")}
          </Link>
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-y-1.5">
          <Label htmlFor="stock-search" size="small" weight="plus">
            {t("stock.search")}
          </Label>
          <Input id="stock-search" type="search" value={q} onChange={(e) => (setQ(e.target.value), setPage(0))} />
        </div>
        <div className="flex min-h-10 items-center gap-x-2">
          <Checkbox id="stock-low" checked={lowOnly} onCheckedChange={(v) => (setLowOnly(v === true), setPage(0))} />
          <Label htmlFor="stock-low" size="small">
            {t("stock.lowOnly")}
          </Label>
        </div>
      </div>
      <ErrorAlert error={error} />
      {lowCount ? (
        <Alert variant="warning" role="status">
          {t("stock.lowAlert", { count: lowCount })}
        </Alert>
      ) : null}
      {!data ? (
        <Text role="status">{t("common.loading")}</Text>
      ) : data.variants.length === 0 ? (
        <Text>{t("stock.empty")}</Text>
      ) : (
        <ul className="flex flex-col gap-y-2" aria-label={t("stock.title")}>
          {data.variants.map((row) => (
            <StockItem
              key={row.variant_id}
              row={row}
              draft={draft[row.variant_id]}
              locationName={locationName}
              onChange={(d) => setDraft({ ...draft, [row.variant_id]: d })}
            />
          ))}
        </ul>
      )}
      {data && data.count > PAGE_SIZE ? (
        <div className="flex items-center justify-between gap-2">
          <Button type="button" variant="secondary" size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t("stock.previous")}
          </Button>
          <Text size="small">{t("stock.page", { page: page + 1, pages: Math.ceil(data.count / PAGE_SIZE) })}</Text>
          <Button
            type="button"
            variant="secondary"
            size="small"
            disabled={(page + 1) * PAGE_SIZE >= data.count}
            onClick={() => setPage(page + 1)}
          >
            {t("stock.next")}
          </Button>
        </div>
      ) : null}
      <div className="bg-ui-bg-subtle sticky bottom-0 flex flex-wrap items-center justify-end gap-3 py-3">
        {invalid ? (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {t("stock.invalid")}
          </Text>
        ) : null}
        <Button type="submit" isLoading={busy} disabled={invalid || !updates?.length}>
          {t("stock.save", { count: updates?.length ?? 0 })}
        </Button>
      </div>
    </form>
  )
}

/** The rows a draft turns into; null when something typed is not a whole number. */
function toUpdates(draft: Draft, rows: StockRow[]): StockUpdate[] | null {
  const updates: StockUpdate[] = []
  for (const [variantId, d] of Object.entries(draft)) {
    const row = rows.find((r) => r.variant_id === variantId)
    if (!row) continue
    for (const [locationId, text] of Object.entries(d.levels)) {
      if (text.trim() === "") continue
      const quantity = wholeNumber(text)
      if (quantity === undefined) return null
      // No level yet (""): the backend puts the units where the listing's stock origin says.
      if (quantity !== row.levels.find((l) => l.location_id === locationId)?.stocked) {
        updates.push({ variant_id: variantId, ...(locationId ? { location_id: locationId } : {}), stocked_quantity: quantity })
      }
    }
    if (d.threshold !== undefined && d.threshold.trim() !== "") {
      const threshold = wholeNumber(d.threshold)
      if (threshold === undefined) return null
      if (threshold !== row.low_stock_threshold) updates.push({ variant_id: variantId, low_stock_threshold: threshold })
    }
  }
  return updates
}

function StockItem({
  row,
  draft,
  locationName,
  onChange,
}: {
  row: StockRow
  draft?: Draft[string]
  locationName: (level: StockRow["levels"][number]) => string
  onChange: (d: Draft[string]) => void
}) {
  const { t } = useTranslation()
  const current = draft ?? { levels: {} }
  const title = titleFor(row.product_titles, currentLocale()) ?? row.product_title
  const name = `${title} · ${row.variant_title}`
  return (
    <li
      className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-3 rounded-lg p-4 sm:flex-row sm:items-end"
      data-testid="stock-row"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <Text weight="plus" size="small" className="break-words">
          {title}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {row.variant_title}
          {row.sku ? ` · ${row.sku}` : ""}
        </Text>
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" data-testid="stock-available">
            {t("stock.available", { count: row.available })}
          </Text>
          {row.low ? <StatusBadge color="orange">{t("stock.low")}</StatusBadge> : null}
        </div>
      </div>
      {(row.levels.length
        ? row.levels
        : [{ location_id: "", location_name: t("stock.defaultLocation"), stocked: 0, reserved: 0, available: 0 }]
      ).map((level) => {
        const id = `stock-${row.variant_id}-${level.location_id}`
        return (
          <div key={level.location_id} className="flex flex-col gap-y-1.5 sm:w-40">
            <Label htmlFor={id} size="small" weight="plus">
              {level.location_id ? locationName(level) : level.location_name}
              <span className="sr-only"> — {name}</span>
            </Label>
            <Input
              id={id}
              inputMode="numeric"
              placeholder={String(level.stocked)}
              value={current.levels[level.location_id] ?? ""}
              onChange={(e) => onChange({ ...current, levels: { ...current.levels, [level.location_id]: e.target.value } })}
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("stock.level", { stocked: level.stocked, reserved: level.reserved })}
            </Text>
          </div>
        )
      })}
      <div className="flex flex-col gap-y-1.5 sm:w-32">
        <Label htmlFor={`threshold-${row.variant_id}`} size="small" weight="plus">
          {t("stock.threshold")}
          <span className="sr-only"> — {name}</span>
        </Label>
        <Input
          id={`threshold-${row.variant_id}`}
          inputMode="numeric"
          placeholder={row.low_stock_threshold === null ? "—" : String(row.low_stock_threshold)}
          value={current.threshold ?? ""}
          onChange={(e) => onChange({ ...current, threshold: e.target.value })}
        />
      </div>
    </li>
  )
}
