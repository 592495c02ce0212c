import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { productTitles } from "../../../utils/product-titles"
import type { PartnerRequest } from "../../partner-actor"
import type { ConsulateCatalogQuery } from "../validators"

type Row = Record<string, any>

/** Products whose title in some language the exporter wrote it in (the Translation Module's rows) holds the words. */
async function translatedMatches(scope: MedusaContainer, q: string, limit: number): Promise<string[]> {
  const knex: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select distinct t.reference_id as id from translation t
     where t.reference = 'product' and t.deleted_at is null
       and strpos(lower(coalesce(t.translations ->> 'title', '') collate pg_unicode_fast), :needle) > 0
     limit :limit`,
    { needle: q.toLowerCase(), limit },
  )
  return rows.map((r: Row) => r.id as string)
}

/**
 * Exporters' published products, as staff pick them to feature in a campaign or an event: by words of the title
 * (`q`, in the base title or any language the exporter wrote it in, so staff type it in theirs) or by id. What any
 * shopper sees of them (title in each language, handle, picture, exporter), nothing of prices or stock.
 */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const { q, id, limit } = req.validatedQuery as ConsulateCatalogQuery
  const ids = id === undefined ? undefined : [id].flat()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const read = (filters: Record<string, unknown>) =>
    query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "thumbnail", "exporter.id", "exporter.name"],
      filters: { status: "published", ...filters },
      pagination: { take: limit, order: { title: "ASC" } },
    })
  const translated = q ? await translatedMatches(req.scope, q, limit) : []
  const [{ data: byBase }, { data: byTranslation }] = await Promise.all([
    read({ ...(q ? { q } : {}), ...(ids ? { id: ids } : {}) }),
    translated.length ? read({ id: ids ? translated.filter((t) => ids.includes(t)) : translated }) : Promise.resolve({ data: [] }),
  ])
  const found = new Map([...(byBase as Row[]), ...(byTranslation as Row[])].filter((p) => p.exporter).map((p) => [p.id as string, p]))
  const picked = [...found.values()].sort((a, b) => String(a.title).localeCompare(String(b.title))).slice(0, limit)
  const titles = await productTitles(
    req.scope,
    picked.map((p) => p.id),
  )
  res.json({
    products: picked.map((p) => ({
      id: p.id,
      title: p.title,
      titles: titles.get(p.id) ?? { "zh-CN": null, en: p.title, ru: null },
      handle: p.handle,
      thumbnail: p.thumbnail,
      exporter: { id: p.exporter.id, name: p.exporter.name },
    })),
  })
}
