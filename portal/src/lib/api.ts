/**
 * The only module that talks to the backend: domain verbs over the partner API, through Medusa's JS SDK
 * (cookie session). Every failure surfaces as an ApiError.
 */
import { actor, sdk } from "./sdk"
import { toApiError } from "./errors"
import type {
  ApiKey,
  Category,
  Colleague,
  ImportJob,
  InvitationPreview,
  Listing,
  ListingInput,
  ListingOrder,
  ListingStatus,
  ListingSummary,
  Campaign,
  CampaignPage,
  CatalogExporter,
  CatalogProduct,
  ConsulateMe,
  PavilionEvent,
  PavilionPage,
  ShopText,
  Nomination,
  Promotion,
  PromotionTargets,
  SalesReport,
  Me,
  PendingInvitation,
  SalesOrder,
  SalesSummary,
  Statement,
  StockLocation,
  StockRow,
  StockUpdate,
  UiLocale,
} from "./types"

type Query = Record<string, string | number | undefined>

async function call<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Query; headers?: Record<string, string | null> } = {},
): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, init as never)
  } catch (e) {
    throw toApiError(e)
  }
}

export async function signIn(email: string, password: string) {
  try {
    const result = await sdk.auth.login(actor(), "emailpass", { email, password })
    if (typeof result !== "string") throw new Error("This sign-in needs a step the portal does not offer")
  } catch (e) {
    throw toApiError(e)
  }
}

export async function signOut() {
  try {
    await sdk.auth.logout()
  } catch (e) {
    throw toApiError(e)
  }
}

export async function requestPasswordReset(email: string) {
  try {
    await sdk.auth.resetPassword(actor(), "emailpass", { identifier: email })
  } catch (e) {
    throw toApiError(e)
  }
}

export async function resetPassword(token: string, email: string, password: string) {
  try {
    await sdk.auth.updateProvider(actor(), "emailpass", { email, password }, token)
  } catch (e) {
    throw toApiError(e)
  }
}

export const getInvitation = (token: string) =>
  call<{ invitation: InvitationPreview }>(`/${actor()}/invitations/${encodeURIComponent(token)}`).then((r) => r.invitation)

export const acceptInvitation = (body: { token: string; password: string; first_name: string; last_name: string }) =>
  call<{ email: string }>(`/${actor()}/invitations/accept`, { method: "POST", body })

/** Consulate staff are shown in the same frame as exporters' people: the consulate is their organisation. */
const fromConsulate = (r: ConsulateMe): Me => ({
  actor: "consulate",
  admin: { ...r.staff, role: "member" },
  exporter: {
    id: "consulate",
    handle: "consulate",
    name: r.consulate.name[r.staff.locale ?? "en"] ?? r.consulate.name.en,
    verified: true,
    suspended: false,
  },
})

export const getMe = (): Promise<Me> =>
  actor() === "consulate"
    ? call<ConsulateMe>("/consulate/me").then(fromConsulate)
    : call<Me>("/exporter/me").then((me) => ({ ...me, actor: "exporter" }))

export const updateMe = (body: { first_name?: string; last_name?: string; locale?: UiLocale }): Promise<Me> =>
  actor() === "consulate"
    ? call<ConsulateMe>("/consulate/me", { method: "POST", body }).then(fromConsulate)
    : call<Me>("/exporter/me", { method: "POST", body }).then((me) => ({ ...me, actor: "exporter" }))

export const listColleagues = () => call<{ colleagues: Colleague[]; invitations: PendingInvitation[] }>("/exporter/colleagues")

export const inviteColleague = (body: { email: string; role: "owner" | "member" }) =>
  call<{ invitation: PendingInvitation }>("/exporter/colleagues/invitations", { method: "POST", body })

export const removeColleague = (id: string) => call<unknown>(`/exporter/colleagues/${encodeURIComponent(id)}`, { method: "DELETE" })

export const listCategories = () => call<{ categories: Category[] }>("/exporter/categories").then((r) => r.categories)

export interface ListingQuery {
  q?: string
  status?: ListingStatus
  order?: ListingOrder
  limit: number
  offset: number
}

export const listListings = (query: ListingQuery) =>
  call<{ products: ListingSummary[]; count: number; limit: number; offset: number }>("/exporter/products", {
    query: { ...query, q: query.q || undefined },
  })

const listing = (path: string, init?: Parameters<typeof call>[1]) => call<{ product: Listing }>(path, init).then((r) => r.product)

const productPath = (id: string) => `/exporter/products/${encodeURIComponent(id)}`

export const getListing = (id: string) => listing(productPath(id))
export const createListing = (body: ListingInput) => listing("/exporter/products", { method: "POST", body })
export const updateListing = (id: string, body: ListingInput) => listing(productPath(id), { method: "POST", body })
export const submitListing = (id: string) => listing(`${productPath(id)}/submit`, { method: "POST" })
export const archiveListing = (id: string) => listing(`${productPath(id)}/archive`, { method: "POST" })
export const reorderImages = (id: string, ids: string[]) => listing(`${productPath(id)}/images/order`, { method: "POST", body: { ids } })
export const removeImage = (id: string, imageId: string) =>
  listing(`${productPath(id)}/images/${encodeURIComponent(imageId)}`, { method: "DELETE" })

export function uploadImages(id: string, files: File[]) {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  // The browser sets the multipart boundary itself.
  return listing(`${productPath(id)}/images`, { method: "POST", body: form, headers: { "content-type": null } })
}

export const getPreview = (id: string) => call<{ url: string; expires_at: string }>(`${productPath(id)}/preview`)

// Campaign nominations, from the exporter's side.
export const listNominations = () => call<{ nominations: Nomination[] }>("/exporter/nominations").then((r) => r.nominations)
export const answerNomination = (id: string, answer: "accept" | "decline", reason?: string) =>
  call<{ nomination: Nomination }>(`/exporter/nominations/${encodeURIComponent(id)}/${answer}`, {
    method: "POST",
    body: answer === "decline" ? (reason ? { reason } : {}) : undefined,
  }).then((r) => r.nomination)

// The consulate's console.
export interface CampaignInput {
  name: string
  identifier: string
  starts_at: string
  ends_at: string
  budget?: { type: "spend" | "usage"; limit: number }
}
export interface PromotionInput {
  campaign_id: string
  code: string
  automatic: boolean
  name: { "zh-CN": string; en: string }
  discount:
    | { type: "percentage" | "fixed"; value: number; targets?: PromotionTargets }
    | { type: "buy_get"; buy_quantity: number; get_quantity: number; buy: PromotionTargets }
    | { type: "free_shipping" }
}

const campaignPath = (id: string) => `/consulate/campaigns/${encodeURIComponent(id)}`
export const listCampaigns = () => call<{ campaigns: Campaign[]; count: number }>("/consulate/campaigns", { query: { limit: 100 } })
export const getCampaign = (id: string) => call<{ campaign: Campaign }>(campaignPath(id)).then((r) => r.campaign)
export const createCampaign = (body: CampaignInput) =>
  call<{ campaign: Campaign }>("/consulate/campaigns", { method: "POST", body }).then((r) => r.campaign)
export const updateCampaign = (id: string, body: Partial<Omit<CampaignInput, "identifier" | "budget">> & { budget_limit?: number }) =>
  call<{ campaign: Campaign }>(campaignPath(id), { method: "POST", body }).then((r) => r.campaign)
export const createPromotion = (body: PromotionInput) =>
  call<{ promotion: Promotion }>("/consulate/promotions", { method: "POST", body }).then((r) => r.promotion)
export const setPromotionStatus = (id: string, status: "active" | "inactive") =>
  call<{ promotion: Promotion }>(`/consulate/promotions/${encodeURIComponent(id)}`, { method: "POST", body: { status } }).then(
    (r) => r.promotion,
  )
export const listCampaignNominations = (id: string) =>
  call<{ nominations: Nomination[] }>(`${campaignPath(id)}/nominations`).then((r) => r.nominations)
export const nominateProducts = (id: string, product_ids: string[], message?: string) =>
  call<{ nominations: Nomination[] }>(`${campaignPath(id)}/nominations`, {
    method: "POST",
    body: { product_ids, ...(message ? { message } : {}) },
  }).then((r) => r.nominations)
export const withdrawNomination = (id: string) =>
  call<unknown>(`/consulate/nominations/${encodeURIComponent(id)}/withdraw`, { method: "POST" })

export const featureProducts = (id: string, product_ids: string[]) =>
  call<{ product_ids: string[] }>(`${campaignPath(id)}/featured-products`, { method: "POST", body: { product_ids } }).then(
    (r) => r.product_ids,
  )
export const unfeatureProduct = (id: string, productId: string) =>
  call<unknown>(`${campaignPath(id)}/featured-products/${encodeURIComponent(productId)}`, { method: "DELETE" })

/** Exporters' published products by words of their title, or by id (to name the ones already picked). */
export const findProducts = (query: { q?: string; id?: string[] }) =>
  query.id && !query.id.length
    ? Promise.resolve([] as CatalogProduct[])
    : call<{ products: CatalogProduct[] }>(
        `/consulate/products?${new URLSearchParams([...(query.q ? [["q", query.q]] : []), ...(query.id ?? []).map((id) => ["id", id]), ["limit", "50"]]).toString()}`,
      ).then((r) => r.products)
export const listVerifiedExporters = () => call<{ exporters: CatalogExporter[] }>("/consulate/exporters").then((r) => r.exporters)

export interface CampaignPageInput {
  slug: string
  title: ShopText
  body: ShopText
  campaign_id: string
  starts_at: string
  ends_at: string
  status: CampaignPage["status"]
}
const pagePath = (id: string) => `/consulate/campaign-pages/${encodeURIComponent(id)}`
/** The pages that carry a campaign (one, as the console makes them). */
export const campaignPagesOf = (campaignId: string) =>
  call<{ campaign_pages: CampaignPage[] }>("/consulate/campaign-pages").then((r) =>
    r.campaign_pages.filter((p) => p.campaign_id === campaignId),
  )
export const createCampaignPage = (body: CampaignPageInput) =>
  call<{ campaign_page: CampaignPage }>("/consulate/campaign-pages", { method: "POST", body }).then((r) => r.campaign_page)
export const updateCampaignPage = (id: string, body: Partial<Omit<CampaignPageInput, "campaign_id">>) =>
  call<{ campaign_page: CampaignPage }>(pagePath(id), { method: "POST", body }).then((r) => r.campaign_page)
export function uploadCampaignHero(id: string, file: File) {
  const form = new FormData()
  form.append("files", file, file.name)
  return call<{ campaign_page: CampaignPage }>(`${pagePath(id)}/hero`, {
    method: "POST",
    body: form,
    headers: { "content-type": null },
  }).then((r) => r.campaign_page)
}
export const campaignPagePreview = (id: string) => call<{ url: string; expires_at: string }>(`${pagePath(id)}/preview`)

export const getPavilion = () => call<{ pavilion: PavilionPage | null }>("/consulate/pavilion").then((r) => r.pavilion)
export const updatePavilion = (
  body: Partial<Omit<PavilionPage, "story" | "centre_address" | "centre_hours" | "centre_pickup">> & { story?: ShopText },
) => call<{ pavilion: PavilionPage }>("/consulate/pavilion", { method: "POST", body }).then((r) => r.pavilion)

export type EventInput = Omit<PavilionEvent, "id">
export const listEvents = () => call<{ events: PavilionEvent[] }>("/consulate/events").then((r) => r.events)
export const createEvent = (body: EventInput) =>
  call<{ event: PavilionEvent }>("/consulate/events", { method: "POST", body }).then((r) => r.event)
export const updateEvent = (id: string, body: Partial<EventInput>) =>
  call<{ event: PavilionEvent }>(`/consulate/events/${encodeURIComponent(id)}`, { method: "POST", body }).then((r) => r.event)
export const deleteEvent = (id: string) => call<unknown>(`/consulate/events/${encodeURIComponent(id)}`, { method: "DELETE" })

export interface ReportQuery {
  campaign_id?: string
  from?: string
  to?: string
}
export const getReport = (query: ReportQuery) => call<SalesReport>("/consulate/reports", { query: { ...query } })
/** The same report as CSV, for the ministry: a link the browser downloads with the session cookie. */
export const reportCsvUrl = (query: ReportQuery) =>
  `/consulate/reports?${new URLSearchParams(Object.entries({ ...query, format: "csv" }).filter(([, v]) => v) as [string, string][]).toString()}`
export const listStock = (query: { q?: string; low?: boolean; limit: number; offset: number }) =>
  call<{ variants: StockRow[]; count: number; limit: number; offset: number; locations: StockLocation[] }>("/exporter/stock", {
    query: { ...query, q: query.q || undefined, low: query.low ? "true" : undefined },
  })

export const updateStock = (updates: StockUpdate[]) => call<{ updated: number }>("/exporter/stock", { method: "POST", body: { updates } })

export const listOrders = (query: { limit: number; offset: number }) =>
  call<{ orders: SalesOrder[]; count: number; limit: number; offset: number }>("/exporter/orders", { query })

export const getSalesSummary = (query: { from?: string; to?: string }) =>
  call<{ summary: SalesSummary }>("/exporter/sales", { query }).then((r) => r.summary)

export const getStatement = (month: string) =>
  call<{ statement: Statement }>(`/exporter/statements/${encodeURIComponent(month)}`).then((r) => r.statement)

/** The CSV is a plain same-origin link: the session cookie goes with it and the browser downloads the file. */
export const statementCsvUrl = (month: string) => `/exporter/statements/${encodeURIComponent(month)}?format=csv`

export const listApiKeys = () => call<{ api_keys: ApiKey[] }>("/exporter/api-keys").then((r) => r.api_keys)
export const createApiKey = (title: string) =>
  call<{ api_key: ApiKey }>("/exporter/api-keys", { method: "POST", body: { title } }).then((r) => r.api_key)
export const revokeApiKey = (id: string) => call<{ api_key: ApiKey }>(`/exporter/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" })
/** Where the browser downloads the exporter's listings or stock as a file (same origin: the session cookie goes along). */
export const exportUrl = (kind: ImportJob["kind"], format: "csv" | "xlsx") => `/exporter/exports/${kind}?format=${format}`

/** Starts an import (a dry run checks every row and writes nothing); the job is then polled with getImport. */
export function startImport(kind: ImportJob["kind"], file: File, dryRun: boolean) {
  const form = new FormData()
  form.append("kind", kind)
  form.append("dry_run", String(dryRun))
  form.append("file", file, file.name)
  return call<{ import: ImportJob }>("/exporter/imports", { method: "POST", body: form, headers: { "content-type": null } })
}

export const getImport = (id: string) => call<{ import: ImportJob }>(`/exporter/imports/${encodeURIComponent(id)}`)
