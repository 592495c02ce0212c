import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerRequest } from "../../partner-actor"
import type { ConsulateCatalogQuery } from "../validators"

/**
 * Exporters' published products, as staff pick them to feature in a campaign or an event: by words of the title
 * (`q`) or by id. What any shopper sees of them (title, handle, picture, exporter), nothing of prices or stock.
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { q, id, limit } = req.validatedQuery as ConsulateCatalogQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "exporter.id", "exporter.name"],
    filters: { status: "published", ...(q ? { q } : {}), ...(id ? { id } : {}) },
    pagination: { take: limit, order: { title: "ASC" } },
  })
  const products = (data as any[])
    .filter((p) => p.exporter)
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail,
      exporter: { id: p.exporter.id, name: p.exporter.name },
    }))
  res.json({ products })
}
