import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PartnerRequest } from "../../partner-actor"

type Row = Record<string, any>

/** The shop's categories with their names in zh-CN, en and ru, for the listing form. */
export async function GET(req: PartnerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle", "name", "parent_category_id", "rank"],
    filters: { is_active: true, is_internal: false },
  })
  const ids = (categories as Row[]).map((c) => c.id)
  const { data: translations } = ids.length
    ? await query.graph({
        entity: "translation",
        fields: ["reference_id", "locale_code", "translations"],
        filters: { reference: "product_category", reference_id: ids },
      })
    : { data: [] as Row[] }
  const nameIn = (id: string, locale: string) =>
    (translations as Row[]).find((t) => t.reference_id === id && t.locale_code === locale)?.translations?.name ?? null
  res.json({
    categories: (categories as Row[])
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((c) => ({
        id: c.id,
        handle: c.handle,
        name: { "zh-CN": nameIn(c.id, "zh-CN"), en: nameIn(c.id, "en") ?? c.name, ru: nameIn(c.id, "ru") },
        parent_id: c.parent_category_id ?? null,
      })),
  })
}
