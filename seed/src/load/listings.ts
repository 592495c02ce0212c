import { ProductStatus } from "@medusajs/framework/utils"
import { AUDIT_LOG_MODULE } from "../../../backend/src/modules/audit-log"
import type AuditLogModuleService from "../../../backend/src/modules/audit-log/service"
import { LISTING_MODULE } from "../../../backend/src/modules/listing"
import type ListingModuleService from "../../../backend/src/modules/listing/service"
import type { ExporterSeed, ListingSeed, PendingChangeSeed } from "../catalog-types"
import type { SeedContext } from "./context"
import { seedProducts } from "./products"

/** What the shop's product status is for each review state a seeded listing starts in (none is published). */
const STATUS: Record<ListingSeed["state"], ProductStatus> = {
  draft: ProductStatus.DRAFT,
  in_review: ProductStatus.PROPOSED,
  changes_requested: ProductStatus.REJECTED,
  archived: ProductStatus.DRAFT,
}

const HOUR = 3600_000

/**
 * Listings in every review state and a live product's pending change (seed/data/listings.ts), each put in its
 * state once (`listing-review:<handle>`, `listing-change:<handle>`), with the audit entries that got it there.
 */
export async function seedListings(ctx: SeedContext, listings: ListingSeed[], changes: PendingChangeSeed[], exporters: ExporterSeed[]) {
  const states = new Map(listings.map((l) => [l.product.handle, l]))
  const result = await seedProducts(
    ctx,
    listings.map((l) => l.product),
    { status: (p) => STATUS[states.get(p.handle)!.state] },
  )

  const service: ListingModuleService = ctx.container.resolve(LISTING_MODULE)
  const audit: AuditLogModuleService = ctx.container.resolve(AUDIT_LOG_MODULE)
  const ownerOf = (exporter: string) => exporters.find((e) => e.handle === exporter)?.admin.email.toLowerCase() ?? null
  const now = Date.now()

  const toReview = await ctx.ledger.toCreate(
    "listing-review",
    listings.map((l) => l.product.handle),
    {},
  )
  const reviewed: Record<string, string> = {}
  for (const listing of listings.filter((l) => toReview.includes(l.product.handle))) {
    const productId = ctx.ids.products[listing.product.handle]
    const [row] = productId ? await service.listListings({ product_id: productId }) : []
    if (!row) continue
    const submitted = listing.state !== "draft" ? new Date(now - 26 * HOUR) : null
    const reviewedAt = listing.state === "changes_requested" ? new Date(now - 20 * HOUR) : null
    await service.updateListings({
      id: row.id,
      state: listing.state,
      submitted_at: listing.state === "in_review" ? submitted : null,
      review_reason: listing.reason ?? null,
      reviewed_at: reviewedAt,
    })
    const exporter = { type: "exporter", id: null, email: ownerOf(listing.product.exporter) }
    const scope = ctx.ids.exporters[listing.product.exporter] ?? null
    const entry = (actor: typeof exporter, action: string, changes: Record<string, unknown> | null) => ({
      actor_type: actor.type,
      actor_id: actor.id,
      actor_email: actor.email,
      action,
      resource_type: "product",
      resource_id: productId,
      scope_id: scope,
      changes,
    })
    await audit.createAuditEntries([
      entry(exporter, "listing.created", null),
      ...(submitted ? [entry(exporter, "listing.submitted", { kind: "new" })] : []),
      ...(listing.state === "changes_requested"
        ? [entry({ type: "user", id: null, email: null }, "listing.changes_requested", { reason: listing.reason ?? null })]
        : []),
      ...(listing.state === "archived" ? [entry(exporter, "listing.archived", null)] : []),
    ])
    reviewed[listing.product.handle] = row.id
  }
  if (Object.keys(reviewed).length) await ctx.ledger.record("listing-review", reviewed)

  const toChange = await ctx.ledger.toCreate(
    "listing-change",
    changes.map((c) => c.handle),
    {},
  )
  const changed: Record<string, string> = {}
  for (const change of changes.filter((c) => toChange.includes(c.handle))) {
    const productId = ctx.ids.products[change.handle]
    const [row] = productId ? await service.listListings({ product_id: productId }) : []
    // Only a listing that is live and waits for nothing: what staff or exporters did since is theirs.
    if (!row || row.state !== "live" || row.pending) continue
    const submitted = new Date(now - 3 * HOUR)
    await service.updateListings({
      id: row.id,
      state: "in_review",
      pending: { content: change.content, submitted_at: submitted.toISOString() },
      submitted_at: submitted,
    })
    changed[change.handle] = row.id
  }
  if (Object.keys(changed).length) await ctx.ledger.record("listing-change", changed)
  return result
}
