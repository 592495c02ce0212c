import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ExporterProductLink from "../links/exporter-product"

const query = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.QUERY)

/** The ids of every product an exporter owns, read from the exporter–product link and nothing else. */
export async function exporterProductIds(scope: MedusaContainer, exporterId: string): Promise<string[]> {
  const { data } = await query(scope).graph({
    entity: ExporterProductLink.entryPoint,
    fields: ["product_id"],
    filters: { exporter_id: exporterId },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** The exporter that owns a product, or null. */
export async function productOwner(scope: MedusaContainer, productId: string): Promise<string | null> {
  const { data } = await query(scope).graph({
    entity: ExporterProductLink.entryPoint,
    fields: ["exporter_id"],
    filters: { product_id: productId },
  })
  return (data as { exporter_id: string }[])[0]?.exporter_id ?? null
}

export const productNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${id} was not found`)

/**
 * Refuses a product the exporter does not own with the same 404 a product that
 * does not exist gets: an exporter cannot learn which ids belong to others.
 */
export async function assertOwnProduct(scope: MedusaContainer, exporterId: string, productId: unknown): Promise<string> {
  if (typeof productId !== "string" || !productId || productId.length > 100) throw productNotFound(String(productId))
  const { data } = await query(scope).graph({
    entity: ExporterProductLink.entryPoint,
    fields: ["product_id"],
    filters: { exporter_id: exporterId, product_id: productId },
  })
  if (!data.length) throw productNotFound(productId)
  return productId
}
