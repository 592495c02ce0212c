import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Exporters' public profiles (never their contacts or admins), in the request's language. */
const PUBLIC_FIELDS = [
  "id",
  "handle",
  "name",
  "region",
  "city",
  "founded_year",
  "story",
  "website",
  "gacc_registration_number",
  "verified",
  "logo_url",
  "brand_color",
]

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const handle = typeof req.query.handle === "string" ? req.query.handle.slice(0, 100) : undefined
  const { data: exporters } = await query.graph(
    { entity: "exporter", fields: PUBLIC_FIELDS, filters: handle ? { handle } : {}, pagination: { take: 100, order: { name: "ASC" } } },
    { locale: req.locale } as never,
  )
  res.json({ exporters })
}
