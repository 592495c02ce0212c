import type { CatalogQuery, SortKey } from "./medusa"

export type Params = Record<string, string | string[] | undefined>

const list = (v: string | string[] | undefined) =>
  v === undefined ? [] : (Array.isArray(v) ? v : v.split(",")).filter(Boolean).slice(0, 20)
const num = (v: string | string[] | undefined) => {
  const n = Number(Array.isArray(v) ? v[0] : v)
  return v !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined
}
const SORT_KEYS: SortKey[] = ["relevance", "price_asc", "price_desc", "newest"]

/** The catalog's state as it lives in the URL: filters, sort and page, so every view is a link. */
export function parseCatalogParams(params: Params): CatalogQuery {
  const sort = String(params.sort ?? "") as SortKey
  return {
    q: typeof params.q === "string" ? params.q.slice(0, 200) : undefined,
    origin: list(params.origin),
    exporter: typeof params.exporter === "string" ? params.exporter : undefined,
    certificate: list(params.cert),
    fulfilment: list(params.mode),
    inStock: params.stock === "1",
    priceMin: num(params.min),
    priceMax: num(params.max),
    sort: SORT_KEYS.includes(sort) ? sort : undefined,
    page: Math.max(1, Math.min(500, num(params.page) ?? 1)),
  }
}

/** The same URL with one parameter toggled (or set), back to page 1. */
export function toggleParam(params: Params, key: string, value: string, multi = true): Record<string, string> {
  const next: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) if (v !== undefined && k !== "page") next[k] = Array.isArray(v) ? v.join(",") : v
  if (!multi) {
    if (next[key] === value) delete next[key]
    else next[key] = value
    return next
  }
  const values = new Set(list(params[key]))
  if (values.has(value)) values.delete(value)
  else values.add(value)
  if (values.size) next[key] = [...values].join(",")
  else delete next[key]
  return next
}

export function withParam(params: Params, key: string, value: string | undefined): Record<string, string> {
  const next: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) if (v !== undefined) next[k] = Array.isArray(v) ? v.join(",") : v
  if (value === undefined) delete next[key]
  else next[key] = value
  return next
}

/** How many filters the URL sets: each origin, certificate and delivery mode chosen, the exporter, stock and price. */
export function activeFilterCount(params: Params): number {
  const q = parseCatalogParams(params)
  return (
    (q.origin?.length ?? 0) +
    (q.certificate?.length ?? 0) +
    (q.fulfilment?.length ?? 0) +
    (q.exporter ? 1 : 0) +
    (q.inStock ? 1 : 0) +
    (q.priceMin !== undefined || q.priceMax !== undefined ? 1 : 0)
  )
}
