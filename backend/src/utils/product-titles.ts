import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProductTitles } from "@bozor/shared"
import { CONTENT_LOCALES } from "../modules/listing/constants"

type Row = Record<string, any>

/**
 * Products' titles in each content language, for partners to read them in their own: the Translation Module's rows as
 * exporters wrote them, and the base title as the English of products written before the portal (the seed's), whose
 * English has no row. A product that is gone has no entry.
 */
export async function productTitles(scope: MedusaContainer, productIds: string[]): Promise<Map<string, ProductTitles>> {
  const titles = new Map<string, ProductTitles>()
  if (!productIds.length) return titles
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: rows }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } }),
    query.graph({
      entity: "translation",
      fields: ["reference_id", "locale_code", "translations"],
      filters: { reference: "product", reference_id: productIds, locale_code: [...CONTENT_LOCALES] },
    }),
  ])
  for (const p of products as Row[]) titles.set(p.id, { "zh-CN": null, en: p.title ?? null, ru: null })
  for (const row of rows as Row[]) {
    const own = titles.get(row.reference_id)
    const title = row.translations?.title
    if (own && typeof title === "string" && title.trim()) own[row.locale_code as keyof ProductTitles] = title
  }
  return titles
}
