import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { getCategories, searchCatalog } from "@/lib/medusa"
import { storefrontUrl } from "@bozor/shared"

/** Built per request (with the data cache): the catalog is not known at build time. */
export const dynamic = "force-dynamic"

/** Home, categories, the exporters and every product in both languages, each with its alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = storefrontUrl()
  const locale = routing.defaultLocale
  const [categories, first] = await Promise.all([getCategories(locale), searchCatalog(locale, { pageSize: 100 })])
  const handles = first.hits.map((h) => h.handle)
  for (let page = 2; page <= Math.min(500, Math.ceil(first.count / 100)); page++) {
    handles.push(...(await searchCatalog(locale, { pageSize: 100, page })).hits.map((h) => h.handle))
  }
  const entry = (path: string): MetadataRoute.Sitemap[number] => ({
    url: `${base}/${locale}${path}`,
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${base}/${l}${path}`])) },
  })
  return [
    entry(""),
    entry("/exporters"),
    ...categories.map((c) => entry(`/categories/${c.handle}`)),
    ...handles.map((h) => entry(`/products/${h}`)),
  ]
}
