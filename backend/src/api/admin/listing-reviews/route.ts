import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExporterProductLink from "../../../links/exporter-product"
import { LISTING_MODULE } from "../../../modules/listing"
import type ListingModuleService from "../../../modules/listing/service"
import { categoryFamilies, checklistOf, effectiveListing, listingSnapshots } from "../../../utils/listings"
import { reviewDiffRows } from "../../../utils/review-diff"
import { emptySnapshot, listingDiff } from "../../../workflows/listing/utils/plan-listing-change"
import type { AdminListListingReviews } from "./validators"

type Row = Record<string, any>

/**
 * The review queue: listings in review, oldest submission first, each with
 * its exporter, whether it is new or a change to a live listing, the change as
 * a diff (each changed field labelled and its values written out: names for
 * codes and ids, pictures for images) and the compliance checklist.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListListingReviews
  const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
  const [rows, count] = await listings.listAndCountListings(
    { state: "in_review" },
    { order: { submitted_at: "ASC" }, skip: offset, take: limit },
  )
  const ids = rows.map((r) => r.product_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [snapshots, families, { data: owners }, { data: categories }] = await Promise.all([
    listingSnapshots(req.scope, ids),
    categoryFamilies(req.scope),
    ids.length
      ? query.graph({
          entity: ExporterProductLink.entryPoint,
          fields: ["product_id", "exporter.id", "exporter.name", "exporter.handle"],
          filters: { product_id: ids },
        })
      : Promise.resolve({ data: [] as Row[] }),
    query.graph({ entity: "product_category", fields: ["id", "name"] }),
  ])
  const categoryNames = new Map((categories as Row[]).map((c) => [c.id as string, c.name as string]))
  res.json({
    reviews: snapshots.map((s) => {
      const owner = (owners as Row[]).find((o) => o.product_id === s.id)?.exporter ?? null
      const after = effectiveListing(s)
      return {
        product_id: s.id,
        handle: s.handle,
        kind: s.published ? "change" : "new",
        title: after.content["zh-CN"].title ?? after.content.en.title ?? after.base.title,
        exporter: owner ? { id: owner.id, name: owner.name, handle: owner.handle } : null,
        submitted_at: s.review?.submitted_at ?? null,
        thumbnail: after.images[0]?.url ?? s.thumbnail,
        diff: reviewDiffRows(listingDiff(s.published ? s : emptySnapshot(), after), categoryNames),
        checklist: checklistOf(s, families),
      }
    }),
    count,
    limit,
    offset,
  })
}
