import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../modules/listing"
import type { ListingInput } from "../../../modules/listing/schema"
import type ListingModuleService from "../../../modules/listing/service"
import { exporterProductIds } from "../../../utils/exporter-scope"
import { listingSnapshots, listingSummary } from "../../../utils/listings"
import { createListingWorkflow } from "../../../workflows/listing/create-listing"
import { auditActorOf, listingResponse } from "../helpers"
import type { PartnerRequest } from "../../partner-actor"
import type { ExporterListProducts } from "../validators"

/**
 * The exporter's own listings, filtered by review state, searched (`q`: the
 * base text, handle and SKUs), sorted and paged by the database. Only products
 * the exporter–product link gives this exporter are ever read.
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { q, status, order, limit, offset } = req.validatedQuery as ExporterListProducts
  let ids = await exporterProductIds(req.scope, req.partner.organisation.id)
  if (status && ids.length) {
    const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
    ids = (await listings.listListings({ product_id: ids, state: status }, { select: ["product_id"], take: null })).map((l) => l.product_id)
  }
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const field = order.replace(/^-/, "")
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: ids, ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { [field]: order.startsWith("-") ? "DESC" : "ASC" } },
  })
  const snapshots = await listingSnapshots(
    req.scope,
    (data as { id: string }[]).map((p) => p.id),
  )
  res.json({ products: snapshots.map(listingSummary), count: metadata?.count ?? snapshots.length, limit, offset })
}

/** A new listing, as a draft of this exporter. */
export async function POST(req: PartnerRequest<ListingInput>, res: MedusaResponse) {
  const { result: productId } = await createListingWorkflow(req.scope).run({
    input: { exporter_id: req.partner.organisation.id, actor: auditActorOf(req), listing: req.validatedBody },
  })
  res.status(201).json(await listingResponse(req.scope, productId))
}
