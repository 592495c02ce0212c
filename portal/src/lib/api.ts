/**
 * The only module that talks to the backend: domain verbs over the partner API, through Medusa's JS SDK
 * (cookie session). Every failure surfaces as an ApiError.
 */
import { sdk, ACTOR } from "./sdk"
import { toApiError } from "./errors"
import type {
  Category,
  Colleague,
  ImportJob,
  InvitationPreview,
  Listing,
  ListingInput,
  ListingOrder,
  ListingStatus,
  ListingSummary,
  Me,
  PendingInvitation,
  UiLocale,
} from "./types"

type Query = Record<string, string | number | undefined>

async function call<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Query; headers?: Record<string, string | null> } = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, init as never)
  } catch (e) {
    throw toApiError(e)
  }
}

export async function signIn(email: string, password: string) {
  try {
    const result = await sdk.auth.login(ACTOR, "emailpass", { email, password })
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
    await sdk.auth.resetPassword(ACTOR, "emailpass", { identifier: email })
  } catch (e) {
    throw toApiError(e)
  }
}

export async function resetPassword(token: string, email: string, password: string) {
  try {
    await sdk.auth.updateProvider(ACTOR, "emailpass", { email, password }, token)
  } catch (e) {
    throw toApiError(e)
  }
}

export const getInvitation = (token: string) =>
  call<{ invitation: InvitationPreview }>(`/exporter/invitations/${encodeURIComponent(token)}`).then((r) => r.invitation)

export const acceptInvitation = (body: { token: string; password: string; first_name: string; last_name: string }) =>
  call<{ email: string }>("/exporter/invitations/accept", { method: "POST", body })

export const getMe = () => call<Me>("/exporter/me")

export const updateMe = (body: { first_name?: string; last_name?: string; locale?: UiLocale }) =>
  call<Me>("/exporter/me", { method: "POST", body })

export const listColleagues = () =>
  call<{ colleagues: Colleague[]; invitations: PendingInvitation[] }>("/exporter/colleagues")

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

const listing = (path: string, init?: Parameters<typeof call>[1]) =>
  call<{ product: Listing }>(path, init).then((r) => r.product)

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
