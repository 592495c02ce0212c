import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExporterProductLink from "../links/exporter-product"
import { EXPORTER_MODULE } from "../modules/exporter"
import type ExporterModuleService from "../modules/exporter/service"
import { LISTING_MODULE } from "../modules/listing"
import type ListingModuleService from "../modules/listing/service"

/**
 * Once, on a database from before the exporter portal: each exporter's first
 * person becomes its owner (the one who invites colleagues), and each product
 * an exporter owns gets its review record — live if the shop shows it, a draft
 * otherwise. A database migrated before it was seeded has nothing to do here.
 */
export default async function exporterPortalRecords({ container }: { container: MedusaContainer }) {
  const exporters: ExporterModuleService = container.resolve(EXPORTER_MODULE)
  const people = await exporters.listExporterAdmins({}, { order: { created_at: "ASC" }, take: null })
  const withOwner = new Set(people.filter((p) => p.role === "owner").map((p) => p.exporter_id))
  const firsts = new Map<string, string>()
  for (const p of people) if (!withOwner.has(p.exporter_id) && !firsts.has(p.exporter_id)) firsts.set(p.exporter_id, p.id)
  if (firsts.size) await exporters.updateExporterAdmins([...firsts.values()].map((id) => ({ id, role: "owner" as const })))

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: ExporterProductLink.entryPoint, fields: ["product_id", "product.status"] })
  const listings: ListingModuleService = container.resolve(LISTING_MODULE)
  const ids = (links as { product_id: string }[]).map((l) => l.product_id)
  const have = new Set((await listings.listListings({ product_id: ids }, { select: ["product_id"], take: null })).map((l) => l.product_id))
  const missing = (links as { product_id: string; product?: { status: string } }[]).filter((l) => l.product && !have.has(l.product_id))
  if (missing.length) {
    await listings.createListings(
      missing.map((l) => ({ product_id: l.product_id, state: l.product!.status === "published" ? ("live" as const) : ("draft" as const) })),
    )
  }
}
