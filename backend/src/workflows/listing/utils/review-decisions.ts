import { randomBytes } from "node:crypto"
import { toHandle } from "@medusajs/framework/utils"
import { pinyin } from "pinyin-pro"
import type { ListingState } from "../../../modules/listing/constants"
import type { ListingInput } from "../../../modules/listing/schema"
import { effectiveListing, type ListingSnapshot, type PendingChange } from "../../../utils/listings"
import type { AuditActor, AuditEntryInput } from "../../audit/steps/record-audit-entries"
import type { ListingStateInput } from "../steps/set-listing-state"
import {
  emptySnapshot,
  listingDiff,
  planListingChange,
  splitLiveChange,
  withChange,
  withPlaceholderOption,
  type ListingChange,
  type ListingContext,
  type ListingPlan,
} from "./plan-listing-change"

/**
 * The decisions each listing workflow makes from the listing as it is: which
 * writes (a plan), which review state, which audit entries. Pure functions,
 * called from the workflows' transforms.
 */
export interface Decision {
  plan: ListingPlan
  state: ListingStateInput | null
  audit: AuditEntryInput[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const entry = (
  actor: AuditActor,
  action: string,
  s: { id: string },
  exporterId: string | null,
  changes: Record<string, unknown> | null,
): AuditEntryInput => ({
  actor,
  action,
  resource_type: "product",
  resource_id: s.id,
  scope_id: exporterId,
  changes,
})

/** A pending change as a change to apply (at approval, or when a live listing is archived). */
export function pendingAsChange(pending: PendingChange | null): ListingChange {
  if (!pending) return {}
  const { submitted_at: _s, ...change } = pending
  return change as ListingChange
}

/**
 * A URL handle for a new listing, from its English title or else the pinyin of
 * its Chinese one (杏干 → xing-gan), with a random tail so that two exporters'
 * "Dried apricots" never collide.
 */
export function newHandle(content: ListingInput["content"]): string {
  const latin = (text: string) =>
    toHandle(text)
      .replace(/[^a-z0-9-]/g, "")
      .replace(/-+/g, "-")
      .replace(/^-|-$/g, "")
  const en = content?.en?.title ? latin(content.en.title) : ""
  const zh = content?.["zh-CN"]?.title ? latin(pinyin(content["zh-CN"].title, { toneType: "none", type: "array", v: true }).join(" ")) : ""
  return `${(en || zh || "listing").slice(0, 60).replace(/-$/, "")}-${randomBytes(3).toString("hex")}`
}

export function decideCreate(input: { exporter_id: string; actor: AuditActor; listing: ListingInput }, ctx: ListingContext) {
  const listing = withPlaceholderOption(null, input.listing)
  const plan = planListingChange(null, listing, ctx, "draft")
  const product = plan.product ?? {}
  const handle = newHandle(input.listing.content)
  const created = {
    ...product,
    title: (product.title as string | undefined) ?? "Untitled listing",
    handle,
    status: "draft",
    origin_country: "uz",
    ...(ctx.sales_channel_id ? { sales_channels: [{ id: ctx.sales_channel_id }] } : {}),
  }
  const after = withChange(emptySnapshot(), listing)
  return {
    workflowInput: {
      products: [created],
      additional_data: {
        product_extras: { [handle]: { exporter_id: input.exporter_id, ...(input.listing.trade ? { trade: input.listing.trade } : {}) } },
      },
    },
    /** What is written once the product exists: its translations and stock levels. */
    after: {
      ...plan,
      product: null,
      variant_prices: [],
      options_before: [],
      options_after: [],
      options_create: [],
      options_keep: [],
      trade: null,
    } as ListingPlan,
    changes: listingDiff(emptySnapshot(), after),
  }
}

export const createdAudit = (input: { exporter_id: string; actor: AuditActor }, productId: string, changes: Record<string, unknown>) => [
  entry(input.actor, "listing.created", { id: productId }, input.exporter_id, changes),
]

export function decideUpdate(
  s: ListingSnapshot,
  given: ListingChange,
  ctx: ListingContext,
  actor: AuditActor,
  exporterId: string,
): Decision {
  const change = withPlaceholderOption(s, given)
  if (!s.published) {
    // Not in the shop: the change applies at once. Editing what is in review withdraws it (the reviewer would see another listing).
    const withdraw = s.state === "in_review"
    const plan = planListingChange(s, change, ctx, withdraw ? "draft" : undefined)
    const diff = listingDiff(s, withChange(s, change))
    return {
      plan,
      state: withdraw ? { product_id: s.id, state: "draft", submitted_at: null } : null,
      audit:
        Object.keys(diff).length || withdraw
          ? [
              entry(actor, "listing.updated", s, exporterId, {
                ...diff,
                ...(withdraw ? { state: { before: "in_review", after: "draft" } } : {}),
              }),
            ]
          : [],
    }
  }
  // Live: prices and stock apply now, the rest waits for review.
  const { now, pending } = splitLiveChange(s, change)
  const plan = planListingChange(s, now, ctx)
  const previous = s.pending ? pendingAsChange(s.pending) : null
  const pendingChanged = !same(pending, previous)
  const audit: AuditEntryInput[] = []
  const immediate = listingDiff(s, withChange(s, now))
  if (Object.keys(immediate).length) audit.push(entry(actor, "listing.updated", s, exporterId, immediate))
  let state: ListingStateInput | null = null
  if (pendingChanged) {
    const next: ListingState = !pending ? "live" : s.state === "in_review" ? "live" : s.state
    state = { product_id: s.id, state: next, pending: pending ? { ...pending, submitted_at: null } : null, submitted_at: null }
    const proposed = listingDiff(effectiveListing(s), effectiveListing({ ...s, pending }))
    audit.push(entry(actor, pending ? "listing.change_proposed" : "listing.change_withdrawn", s, exporterId, proposed))
  }
  return { plan, state, audit }
}

export function decideSubmit(s: ListingSnapshot, ctx: ListingContext, actor: AuditActor, exporterId: string): Decision {
  const now = new Date()
  if (s.published) {
    return {
      plan: planListingChange(s, {}, ctx),
      state: {
        product_id: s.id,
        state: "in_review",
        pending: { ...s.pending!, submitted_at: now.toISOString() },
        submitted_at: now,
        review_reason: null,
      },
      audit: [entry(actor, "listing.submitted", s, exporterId, { kind: "change", ...listingDiff(s, effectiveListing(s)) })],
    }
  }
  return {
    plan: planListingChange(s, {}, ctx, "proposed"),
    state: { product_id: s.id, state: "in_review", submitted_at: now, review_reason: null },
    audit: [entry(actor, "listing.submitted", s, exporterId, { kind: "new", state: { before: s.state, after: "in_review" } })],
  }
}

export function decideApprove(s: ListingSnapshot, ctx: ListingContext, actor: AuditActor, exporterId: string | null): Decision {
  const reviewed = {
    product_id: s.id,
    state: "live" as const,
    pending: null,
    submitted_at: null,
    review_reason: null,
    reviewed_at: new Date(),
    reviewed_by: actor.id,
  }
  if (s.published) {
    return {
      plan: planListingChange(s, pendingAsChange(s.pending), ctx),
      state: reviewed,
      audit: [entry(actor, "listing.approved", s, exporterId, { kind: "change", ...listingDiff(s, effectiveListing(s)) })],
    }
  }
  return {
    plan: planListingChange(s, {}, ctx, "published"),
    state: reviewed,
    audit: [entry(actor, "listing.approved", s, exporterId, { kind: "new", state: { before: "in_review", after: "live" } })],
  }
}

export function decideRequestChanges(
  s: ListingSnapshot,
  ctx: ListingContext,
  actor: AuditActor,
  exporterId: string | null,
  reason: string,
): Decision {
  return {
    plan: planListingChange(s, {}, ctx, s.published ? undefined : "rejected"),
    state: {
      product_id: s.id,
      state: "changes_requested",
      review_reason: reason,
      reviewed_at: new Date(),
      reviewed_by: actor.id,
      ...(s.published && s.pending ? { pending: { ...s.pending, submitted_at: null } } : {}),
    },
    audit: [entry(actor, "listing.changes_requested", s, exporterId, { reason })],
  }
}

export function decideArchive(s: ListingSnapshot, ctx: ListingContext, actor: AuditActor, exporterId: string): Decision {
  // Off the shop, a change no longer needs to wait: it is written, and the whole listing is reviewed if it comes back.
  const plan = planListingChange(s, pendingAsChange(s.pending), ctx, "draft")
  return {
    plan,
    state: { product_id: s.id, state: "archived", pending: null, submitted_at: null },
    audit: [entry(actor, "listing.archived", s, exporterId, { state: { before: s.state, after: "archived" } })],
  }
}
